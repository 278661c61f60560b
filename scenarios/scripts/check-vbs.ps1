# Reports whether virtualization-based security runs (hotpatch needs status 2).
$status = Get-CimInstance -Namespace 'root/Microsoft/Windows/DeviceGuard' -ClassName 'Win32_DeviceGuard' |
    Select-Object -ExpandProperty 'VirtualizationBasedSecurityStatus'
if ($status -eq 2) {
    Write-Output "VBS is running (status $status)."
} else {
    Write-Warning "VBS is not running (status $status): enable it and restart before enabling hotpatch."
}
