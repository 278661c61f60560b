import type { ParameterDefinition } from '../../../powershell/index.js';

/** DOC (Microsoft.PowerShell.Commands.WebRequestMethod): -Method's values. */
const METHOD = {
  enum: 'Microsoft.PowerShell.Commands.WebRequestMethod',
  values: ['Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch'],
};

/**
 * DOC (Invoke-RestMethod and Invoke-WebRequest, 5.1): the parameters both cmdlets declare. -Uri
 * (position 0, mandatory), -Method, -Headers, -Body (pipeline), -ContentType, -UseBasicParsing,
 * -TimeoutSec, -UserAgent and -DisableKeepAlive are emulated (the last three change nothing a
 * loopback answer shows); the others are refused by name (web-request.ts).
 */
export const WEB_PARAMETERS: readonly ParameterDefinition[] = [
  { name: 'Uri', type: 'string', position: 0, mandatory: true },
  { name: 'Method', type: METHOD },
  { name: 'Headers', type: 'hashtable' },
  { name: 'Body', type: 'object', valueFromPipeline: true },
  { name: 'ContentType', type: 'string' },
  { name: 'UseBasicParsing', type: 'switch' },
  { name: 'TimeoutSec', type: 'int' },
  { name: 'UserAgent', type: 'string' },
  { name: 'DisableKeepAlive', type: 'switch' },
  { name: 'WebSession', type: 'object' },
  { name: 'SessionVariable', type: 'string', aliases: ['SV'] },
  { name: 'Credential', type: 'object' },
  { name: 'UseDefaultCredentials', type: 'switch' },
  { name: 'CertificateThumbprint', type: 'string' },
  { name: 'Certificate', type: 'object' },
  { name: 'MaximumRedirection', type: 'int' },
  { name: 'Proxy', type: 'string' },
  { name: 'ProxyCredential', type: 'object' },
  { name: 'ProxyUseDefaultCredentials', type: 'switch' },
  { name: 'TransferEncoding', type: 'string' },
  { name: 'InFile', type: 'string' },
  { name: 'OutFile', type: 'string' },
  { name: 'PassThru', type: 'switch' },
];
