# Turns virtualization-based security on when it does not run yet, then restarts so that it takes effect.
$status = Get-CimInstance -Namespace 'root/Microsoft/Windows/DeviceGuard' -ClassName 'Win32_DeviceGuard' |
    Select-Object -ExpandProperty 'VirtualizationBasedSecurityStatus'
if ($status -eq 2) {
    Write-Output 'VBS already runs; nothing to do.'
    exit 0
}
$deviceGuard = 'HKLM:\SYSTEM\CurrentControlSet\Control\DeviceGuard'
New-ItemProperty -Path $deviceGuard -Name 'EnableVirtualizationBasedSecurity' -PropertyType DWord -Value 1 -Force | Out-Null
Write-Output 'EnableVirtualizationBasedSecurity set to 1; restarting.'
Restart-Computer -Force
