// Benchmark of the PowerShell script host: the median time to parse and run a 50-line script,
// cold (a script text not seen before: tree-sitter parse and lowering) and warm (the same text
// again: the process keeps parsed scripts, so only the run is paid). Not a test; run with
// `npx tsx bench/powershell.ts`.
import { createScriptHost, loadPowerShellGrammar } from '../simulators/powershell/index.js';

const SCRIPT = `# Remediation check, 50 lines of the shapes scenario scripts use
[CmdletBinding()]
param([string]$Target = 'web-01', [int]$Retries = 3)

$ErrorActionPreference = 'Stop'
$settings = [ordered]@{
  Name      = 'FeatureManagementOverride'
  Value     = 0x20000
  Attempts  = 0
}

function Test-Value {
  param([Parameter(Mandatory)][int]$Value, [switch]$Strict)
  if ($Strict -and $Value -lt 0) { return $false }
  return ($Value -band 0x20000) -ne 0
}

function Get-Summary([object[]]$Items) {
  $Items | Where-Object { $_.Ok } | Measure-Object | Select-Object -ExpandProperty Count
}

$results = foreach ($i in 1..$Retries) {
  $settings.Attempts++
  try {
    if (Test-Value -Value $settings.Value) {
      [pscustomobject]@{ Attempt = $i; Ok = $true; Note = "attempt $i on $Target" }
    } else {
      throw "value not set on attempt $i"
    }
  } catch {
    Write-Warning $_.Exception.Message
    [pscustomobject]@{ Attempt = $i; Ok = $false; Note = $_.Exception.Message }
  } finally {
    Write-Verbose "attempt $i done"
  }
}

$ok = Get-Summary -Items $results
$names = @('alpha', 'beta', 'gamma') | ForEach-Object { $_.ToUpper() } | Sort-Object -Descending
switch -wildcard ($Target) {
  'web*' { $role = 'web' }
  'db*'  { $role = 'database' }
  default { $role = 'other' }
}
$text = '{0}: {1} of {2} attempts ok ({3})' -f $Target, $ok, $Retries, $role
if ($text -match 'ok \\((\\w+)\\)') { $matched = $Matches[1] }
$joined = ('a,b,c' -split ',') -join '+'
Write-Host $text
Write-Host "$joined $matched $($names -join ',') $($settings.Attempts)"
exit 0
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

await loadPowerShellGrammar();
const host = createScriptHost();
const lines = SCRIPT.trimEnd().split('\n').length;
const check = host.run(SCRIPT);
if (check.exitCode !== 0)
  throw new Error(`benchmark script failed: ${check.streams.map((s) => s.text).join('\n')}`);

// Start-up: the first runs pay for V8 compiling the host; measure after they are done.
for (let i = 0; i < 100; i++) host.run(`${SCRIPT}# warm-up ${i}\n`);
const cold: number[] = [];
for (let i = 0; i < 200; i++) {
  const source = `${SCRIPT}# run ${i}\n`;
  const started = performance.now();
  host.run(source);
  cold.push(performance.now() - started);
}
const warm: number[] = [];
for (let i = 0; i < 200; i++) {
  const started = performance.now();
  host.run(SCRIPT);
  warm.push(performance.now() - started);
}
console.log(`PowerShell script host, ${lines}-line script`);
console.log(`  parse + run (new script text): median ${median(cold).toFixed(2)} ms`);
console.log(`  run (parsed script reused):    median ${median(warm).toFixed(2)} ms`);
