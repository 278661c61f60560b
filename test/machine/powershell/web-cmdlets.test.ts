import { describe, expect, it } from 'vitest';
import { fakeAccessToken, identityOf } from '../../../simulators/arc/agent/himds/access-token.js';
import { instanceMetadata } from '../../../simulators/arc/agent/himds/metadata.js';
import { UnsupportedError } from '../../../simulators/powershell/index.js';
import { agentAt, RESOURCE } from '../../arc/agent/fixtures.js';
import { run, useGrammar } from './helpers.js';

useGrammar();

const RID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web-01';
const ARM = 'https://management.azure.com/';
const TOKEN_URI = `http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=${ARM}`;
const TOKENS = 'C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens';
const TARGET =
  'InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException';

/** A run on web-01 with its connected agent. */
const onArc = (source: string) => {
  const { machine, clock, agent } = agentAt();
  return { ...run(source, { machine, clock, agent }), agent };
};

/** The 5.1 NormalView of a web error with ErrorDetails (no trailing blank line), the category cut at 114. */
const webErrorView = (cmdlet: string, details: string, line: number, code: string, className: string) => {
  const category = `+ CategoryInfo          : ${TARGET.replace('Invoke-RestMethod', cmdlet)}`;
  return [
    `${cmdlet} : ${details}`,
    `At line:${line} char:1`,
    `+ ${code}`,
    `+ ${'~'.repeat(code.length)}`,
    `    ${category.slice(0, 114)}    ${category.slice(114)}`,
    `    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.${className}`,
  ];
};

describe('Invoke-RestMethod: the managed identity token flow against the machine HIMDS (DOC)', () => {
  it('no Metadata: 400; Metadata: 401 and a realm; the key file; Basic <key>: the token', () => {
    const result = onArc(
      [
        `$uri = '${TOKEN_URI}'`,
        'Invoke-RestMethod -Uri $uri',
        '"[$?] $($Error[0].Exception.Message)"',
        'try { Invoke-RestMethod -Uri $uri -Headers @{ Metadata = "true" } -UseBasicParsing; "not here" }',
        'catch { $challenge = $_ }',
        '$challenge.FullyQualifiedErrorId; $challenge.Exception.GetType().FullName; $challenge.Exception.Message',
        '$challenge.Exception.Status; $challenge.Exception.Response.StatusCode; $challenge.Exception.Response.StatusDescription',
        '$null -eq $challenge.ErrorDetails; $challenge.CategoryInfo.ToString()',
        '$realm = $challenge.Exception.Response.Headers["WWW-Authenticate"]',
        '$same = $challenge.Exception.Response.GetResponseHeader("www-authenticate") -eq $realm',
        '$path = ($realm -split "Basic realm=")[1]',
        `"$same $($path -like "${TOKENS}\\*.key") $(Test-Path $path)"`,
        '$key = Get-Content -Path $path -Raw',
        '$token = Invoke-RestMethod -Uri $uri -Method Get -Headers @{ Metadata = "true"; Authorization = "Basic $key" }',
        '$token.GetType().FullName; $token.token_type; $token.resource; $token.expires_in; $token.expires_on',
        '$token.client_id; $token.access_token; Test-Path $path',
      ].join('\n'),
    );
    const now = result.clock.now();
    const seconds = Math.floor(now / 1000);
    expect(result.text.split('\n').slice(0, 6)).toEqual(
      webErrorView(
        'Invoke-RestMethod',
        '{"error":"invalid_request","error_description":"Required metadata header not specified"}',
        2,
        'Invoke-RestMethod -Uri $uri',
        'InvokeRestMethodCommand',
      ),
    );
    expect(result.output).toEqual([
      '[False] The remote server returned an error: (400) Bad Request.',
      'WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
      'System.Net.WebException',
      'The remote server returned an error: (401) Unauthorized.',
      'ProtocolError',
      'Unauthorized',
      'Unauthorized',
      true,
      TARGET,
      'True True True',
      'System.Management.Automation.PSCustomObject',
      'Bearer',
      ARM,
      '86400',
      String(seconds + 86400),
      identityOf(RESOURCE).clientId,
      fakeAccessToken(RESOURCE, ARM, now, 86400),
      false,
    ]);
  });

  it('a key is good once: a second use is 401 invalid_client, with no new challenge (ASSUME of HIMDS)', () => {
    const result = onArc(
      [
        `$uri = '${TOKEN_URI}'`,
        'try { irm $uri -Headers @{ Metadata = "true" } } catch { $r = $_.Exception.Response.Headers["WWW-Authenticate"] }',
        '$key = Get-Content -Raw ($r -split "Basic realm=")[1]',
        '$null = irm $uri -Headers @{ Metadata = "true"; Authorization = "Basic $key" }',
        'try { irm $uri -Headers @{ Metadata = "true"; Authorization = "Basic $key" } }',
        'catch { $_.Exception.Message; "$_"; $_.ErrorDetails.Message -eq "$_"; $_.Exception.Response.Headers.Count }',
      ].join('\n'),
    );
    expect(result.output).toEqual([
      'The remote server returned an error: (401) Unauthorized.',
      '{"error":"invalid_client","error_description":"The key in the Authorization header is not valid"}',
      true,
      2,
    ]);
  });

  it('-Body as a hashtable with GET becomes the query; -Verbose shows the request and the answer (3P)', () => {
    const result = onArc(
      [
        'try { Invoke-RestMethod http://127.0.0.1:40342/metadata/identity/oauth2/token -Verbose `',
        `  -Headers @{ Metadata = 'true' } -Body @{ 'api-version' = '2019-11-01'; resource = '${ARM}' } }`,
        'catch { $_.Exception.Response.ResponseUri; $_.Exception.Message }',
        "$c = irm 'http://localhost:40342/metadata/instance/compute' -Body @{ 'api-version' = '2020-06-01' } -Headers @{ Metadata = 'true' } -Verbose",
        '$c.name',
      ].join('\n'),
    );
    const uri =
      'http://127.0.0.1:40342/metadata/identity/oauth2/token?api-version=2019-11-01&resource=https%3a%2f%2fmanagement.azure.com%2f';
    const compute = Buffer.byteLength(JSON.stringify(instanceMetadata(result.agent).compute));
    expect(result.streams.filter((s) => s.stream === 'verbose').map((s) => s.text)).toEqual([
      `VERBOSE: GET ${uri} with 0-byte payload`,
      'VERBOSE: GET http://localhost:40342/metadata/instance/compute?api-version=2020-06-01 with 0-byte payload',
      `VERBOSE: received ${compute}-byte response of content type application/json; charset=utf-8`,
    ]);
    expect(result.output).toEqual([
      uri,
      'The remote server returned an error: (401) Unauthorized.',
      'web-01',
    ]);
  });
});

describe('Invoke-RestMethod /metadata/instance', () => {
  it('with `Metadata: true`: the document as nested objects and arrays', () => {
    const result = onArc(
      [
        "$m = irm 'http://localhost:40342/metadata/instance?api-version=2020-06-01' -Headers @{ Metadata = 'true' }",
        '$m.compute.name; $m.compute.location; $m.compute.resourceId; $m.compute.osType; $m.compute.sku',
        '$m.compute.plan.GetType().FullName; $m.compute.tagsList.GetType().FullName; $m.compute.tagsList.Count',
        '$null -eq $m.compute.publicKeys; "$($m.network) $($m.compute.plan)"; $m.compute.vmId',
      ].join('\n'),
    );
    expect(result.output).toEqual([
      'web-01',
      'westeurope',
      RID,
      'windows',
      'Windows Server 2025 Datacenter',
      'System.Management.Automation.PSCustomObject',
      'System.Object[]',
      0,
      true,
      '@{} @{name=; product=; publisher=}',
      result.agent.host.vmId,
    ]);
  });

  it('without the header: the 400, shown as 5.1 shows it, and the script goes on (statement-terminating)', () => {
    const code =
      "Invoke-RestMethod 'http://localhost:40342/metadata/instance?api-version=2020-06-01' -ErrorAction SilentlyContinue";
    const result = onArc(`$m = 'before'\n${code}\n"$m $?"`);
    expect(result.text).toBe(
      [
        ...webErrorView(
          'Invoke-RestMethod',
          '{"error":"invalid_request","error_description":"Required metadata header not specified"}',
          2,
          code.slice(0, 69),
          'InvokeRestMethodCommand',
        ).map((line, i) => (i === 2 ? `${line} ...` : line)),
        'before False',
      ].join('\n'),
    );
  });
});

describe('Invoke-WebRequest', () => {
  it('the response object: StatusCode, StatusDescription, Content, Headers, RawContent (INFER: Go header fields)', () => {
    const result = onArc(
      [
        "$r = Invoke-WebRequest -Uri 'http://localhost:40342/metadata/instance/compute?api-version=2020-06-01' -Headers @{ Metadata = 'true' } -UseBasicParsing",
        '$r.GetType().FullName; $r.StatusCode; $r.StatusDescription; $r.Headers["content-type"]; $r.Headers.Keys -join ","',
        '$r.Content; $r.RawContentLength; ($r.Content | ConvertFrom-Json).name',
        '$r.RawContent -eq "HTTP/1.1 200 OK`r`nContent-Length: $($r.RawContentLength)`r`nContent-Type: application/json; charset=utf-8`r`n`r`n$($r.Content)"',
      ].join('\n'),
    );
    const content = JSON.stringify(instanceMetadata(result.agent).compute);
    expect(result.output).toEqual([
      'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject',
      200,
      'OK',
      'application/json; charset=utf-8',
      'Content-Length,Content-Type',
      content,
      Buffer.byteLength(content),
      'web-01',
      true,
    ]);
  });

  it('the documented Arc script (Microsoft Learn, with $env:IDENTITY_ENDPOINT and ConvertFrom-Json)', () => {
    const result = onArc(
      [
        '$apiVersion = "2020-06-01"',
        '$resource = "https://management.azure.com/"',
        '$endpoint = "{0}?resource={1}&api-version={2}" -f $env:IDENTITY_ENDPOINT,$resource,$apiVersion',
        '$secretFile = ""',
        'try',
        '{',
        "    Invoke-WebRequest -Method GET -Uri $endpoint -Headers @{Metadata='True'} -UseBasicParsing",
        '}',
        'catch',
        '{',
        '    $wwwAuthHeader = $_.Exception.Response.Headers["WWW-Authenticate"]',
        '    if ($wwwAuthHeader -match "Basic realm=.+")',
        '    {',
        '        $secretFile = ($wwwAuthHeader -split "Basic realm=")[1]',
        '    }',
        '}',
        'Write-Host "Secret file path: " $secretFile',
        '$secret = cat -Raw $secretFile',
        '$response = Invoke-WebRequest -Method GET -Uri $endpoint -Headers @{Metadata=\'True\'; Authorization="Basic $secret"} -UseBasicParsing',
        'if ($response)',
        '{',
        '    $token = (ConvertFrom-Json -InputObject $response.Content).access_token',
        '    Write-Host "Access token: " $token',
        '}',
      ].join('\n'),
    );
    const hosts = result.streams.filter((s) => s.stream === 'host').map((s) => s.text);
    expect(hosts).toHaveLength(2);
    expect(hosts[0]).toMatch(
      /^Secret file path: {2}C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens\\[0-9a-f-]{36}\.key$/,
    );
    expect(hosts[1]).toBe(`Access token:  ${fakeAccessToken(RESOURCE, ARM, result.clock.now(), 86400)}`);
    expect(result.streams.filter((s) => s.stream !== 'host')).toEqual([]);
  });
});

describe('what the harness reaches', () => {
  it('no agent, or himds stopped: "Unable to connect to the remote server" (3P), catchable', () => {
    const code = "irm 'http://localhost:40342/metadata/instance?api-version=2020-06-01'";
    const result = run(
      `${code}\n$e = $Error[0].Exception; $e.Status; $null -eq $e.Response; $e.InnerException.Message`,
    );
    expect(result.text.split('\n').slice(0, 4)).toEqual([
      'irm : Unable to connect to the remote server',
      'At line:1 char:1',
      `+ ${code}`,
      `+ ${'~'.repeat(code.length)}`,
    ]);
    expect(result.output).toEqual([
      'ConnectFailure',
      true,
      'No connection could be made because the target machine actively refused it 127.0.0.1:40342',
    ]);
    const stopped = onArc(`Stop-Service himds -Force\ntry { ${code} } catch { $_.Exception.Message }`);
    expect(stopped.output).toEqual(['Unable to connect to the remote server']);
  });

  it('$env:IDENTITY_ENDPOINT and IMDS_ENDPOINT exist only where the agent is installed (DOC)', () => {
    expect(onArc('$env:IDENTITY_ENDPOINT; $env:IMDS_ENDPOINT').output).toEqual([
      'http://localhost:40342/metadata/identity/oauth2/token',
      'http://localhost:40342',
    ]);
    expect(run('$null -eq $env:IDENTITY_ENDPOINT').output).toEqual([true]);
  });

  it('any other host is refused by name (the harness has no network), as is an unemulated parameter', () => {
    expect(() =>
      onArc("try { iwr 'https://management.azure.com/subscriptions' } catch { 'caught' }"),
    ).toThrow(
      /Invoke-WebRequest https:\/\/management\.azure\.com\/subscriptions: the harness has no network/,
    );
    expect(() => onArc("irm http://localhost:40342/metadata/instance -OutFile 'C:\\x.json'")).toThrow(
      UnsupportedError,
    );
  });
});
