# Sets up clock-preflight-gate.ps1 (run as Administrator). clock-preflight must be on the machine's PATH
# (npm install -g clock-preflight).
param(
  [Parameter(Mandatory = $true)] [string] $ServiceName, # actions.runner.<org>.<name>
  [string] $Timeout = '5m',
  [string] $Tolerance = 'github-app'
)
$ErrorActionPreference = 'Stop'
$script = Join-Path $PSScriptRoot 'clock-preflight-gate.ps1'

# Nothing but the gate starts the runner.
Set-Service -Name $ServiceName -StartupType Manual
New-EventLog -LogName Application -Source 'clock-preflight' -ErrorAction SilentlyContinue

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
  -Argument "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$script`" -ServiceName `"$ServiceName`" -Timeout $Timeout -Tolerance $Tolerance"
$trigger = New-ScheduledTaskTrigger -AtStartup
# SYSTEM: w32tm /resync needs it. A failed gate is retried every 5 minutes, up to 999 times.
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 5) `
  -ExecutionTimeLimit (New-TimeSpan -Minutes 10) -StartWhenAvailable
Register-ScheduledTask -TaskName "clock-preflight gate for $ServiceName" -Action $action -Trigger $trigger `
  -Principal $principal -Settings $settings -Force | Out-Null
Write-Output "Registered. At the next boot the task starts $ServiceName once the clock is within bounds."
