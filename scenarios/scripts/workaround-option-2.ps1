# October 2025 licensing issue, option 2: stop the Arc metadata service, set feature override
# 4264695439 = 1, delete the mutex value if present, and restart (the fix is complete only after it).
# Note: New-Item -Force recreates the Overrides key empty, dropping any other override it held.
Stop-Service -Name 'HIMDS'
$overrides = 'HKLM:\SYSTEM\CurrentControlSet\Policies\Microsoft\FeatureManagement\Overrides'
New-Item -Path $overrides -Force | Out-Null
New-ItemProperty -Path $overrides -Name '4264695439' -PropertyType 'DWord' -Value 1 -Force | Out-Null
try {
    Remove-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Subscriptions' -Name 'DeviceLicensingServiceCommandMutex' -ErrorAction Stop
} catch {
    Write-Host 'No DeviceLicensingServiceCommandMutex value to remove.'
}
Restart-Computer -Confirm
