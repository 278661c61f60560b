# October 2025 licensing issue, option 1, first half: the Feature Preview policy (KB5062660 251028_18301)
# sets feature override 4264695439. It takes effect at the next boot, so the machine restarts.
$overrides = 'HKLM:\SYSTEM\CurrentControlSet\Policies\Microsoft\FeatureManagement\Overrides'
if (-not (Test-Path $overrides)) {
    New-Item -Path $overrides -Force | Out-Null
}
Set-ItemProperty -Path $overrides -Name '4264695439' -Value 1 -Type DWord
Write-Output 'Feature Preview policy enabled; restarting.'
Restart-Computer -Force
