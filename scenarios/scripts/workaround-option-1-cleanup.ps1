# October 2025 licensing issue, option 1, second half (after the restart): delete the mutex value if
# it is there. Only the value goes; the Subscriptions key stays.
$subscriptions = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Subscriptions'
try {
    Remove-ItemProperty -Path $subscriptions -Name 'DeviceLicensingServiceCommandMutex' -ErrorAction Stop
    Write-Output 'Removed DeviceLicensingServiceCommandMutex.'
} catch {
    Write-Host "No DeviceLicensingServiceCommandMutex value to remove ($($_.Exception.Message))"
}
