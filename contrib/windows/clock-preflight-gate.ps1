# Starts the GitHub Actions runner service only once this machine's clock is within bounds.
#
# Windows services have no pre-start command, and a service dependency (sc.exe config ... depend= W32Time)
# only waits for W32Time to be *started*, not for the clock to be right. So the gate is a scheduled task at
# startup, running as SYSTEM, that runs this script; the runner service is set to Manual start, so that
# nothing else starts it first. install-gate.ps1 sets both up.
param(
  [Parameter(Mandatory = $true)] [string] $ServiceName, # actions.runner.<org>.<name> (Get-Service actions.runner.*)
  [string] $Timeout = '5m',
  [string] $Tolerance = 'github-app'
)
$ErrorActionPreference = 'Stop'

# One line per attempt goes to the task's output; w32tm /resync runs when the clock is out of bounds.
& clock-preflight wait --timeout $Timeout --profile $Tolerance
if ($LASTEXITCODE -ne 0) {
  # Exit non-zero: the task's restart settings try again; the runner stays stopped with a wrong clock.
  Write-EventLog -LogName Application -Source 'clock-preflight' -EventId 1 -EntryType Error `
    -Message "clock-preflight wait exited $LASTEXITCODE: $ServiceName not started (clock not within bounds)." `
    -ErrorAction SilentlyContinue
  exit $LASTEXITCODE
}
Start-Service -Name $ServiceName
