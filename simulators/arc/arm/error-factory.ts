import { type ArmResourceType, SUPPORTED_API_VERSIONS } from './api-versions.js';
import { ArmError, type ArmErrorDetail } from './errors.js';

const NAMESPACE = 'Microsoft.HybridCompute';

// 3P: azure-sdk-for-go's bearer-token policy tests quote ARM's challenge for a missing header.
const challenge = (description: string) => ({
  'www-authenticate': `Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="${description}"`,
  // 3P: ARM marks errors of its own front door so (azure-powershell#12544 debug output).
  'x-ms-failure-cause': 'gateway',
});
const gateway = { 'x-ms-failure-cause': 'gateway' };

/** `a, b, c` as ARM lists api-versions and locations in NoRegisteredProviderFound. */
const listed = (items: readonly string[]) => items.join(', ');

/**
 * The one place the emulated control plane's errors are made, with the real codes and texts.
 * Grades: 3P = seen in real responses quoted in public issues; INFER = the same pattern applied to
 * a case nobody quoted; ASSUME = nothing published, our own wording, named so.
 */
export const armErrors = {
  /** 3P: terraform-provider-azurerm#3612, rancher-letsencrypt#89 (401, this exact text). */
  authorizationMissing: () =>
    new ArmError(
      401,
      {
        code: 'AuthenticationFailed',
        message: "Authentication failed. The 'Authorization' header is missing.",
      },
      challenge("The authentication failed because of missing 'Authorization' header."),
    ),
  /** 3P: azure-sdk-for-python#4124 (code AuthenticationFailedInvalidHeader); challenge text INFER. */
  authorizationMalformed: () =>
    new ArmError(
      401,
      {
        code: 'AuthenticationFailedInvalidHeader',
        message: "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      },
      challenge("The authentication failed because of invalid 'Authorization' header."),
    ),
  /** 3P: many SDK tests and issues quote this 404. */
  subscriptionNotFound: (subscription: string) =>
    new ArmError(
      404,
      { code: 'SubscriptionNotFound', message: `The subscription '${subscription}' could not be found.` },
      gateway,
    ),
  /** 3P: quoted in public code (`?api-version=` text included). */
  missingApiVersion: () =>
    new ArmError(
      400,
      {
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.',
      },
      gateway,
    ),
  /** 3P text and order (newest first, no spaces); INFER that ARM says this for a malformed version. */
  invalidApiVersion: (version: string, type: ArmResourceType) =>
    new ArmError(
      400,
      {
        code: 'InvalidApiVersionParameter',
        message: `The api-version '${version}' is invalid. The supported versions are '${[...SUPPORTED_API_VERSIONS[type]].reverse().join(',')}'.`,
      },
      gateway,
    ),
  /** 3P: the text ARM gives for any RP type (azure-sdk-for-js#4097, azure-cli#28496). */
  noRegisteredProvider: (
    version: string,
    type: ArmResourceType,
    location: string,
    locations: readonly string[],
  ) =>
    new ArmError(
      400,
      {
        code: 'NoRegisteredProviderFound',
        message: `No registered resource provider found for location '${location}' and API version '${version}' for type '${type}'. The supported api-versions are '${listed(SUPPORTED_API_VERSIONS[type])}'. The supported locations are '${listed(locations)}'.`,
      },
      gateway,
    ),
  /** 3P: quoted in many SDK tests. */
  resourceGroupNotFound: (group: string) =>
    new ArmError(
      404,
      { code: 'ResourceGroupNotFound', message: `Resource group '${group}' could not be found.` },
      gateway,
    ),
  /** 3P for machines (microsoft/azure_arc#3255); INFER for the nested license profile type. */
  resourceNotFound: (typeAndName: string, group: string) =>
    new ArmError(404, {
      code: 'ResourceNotFound',
      message: `The Resource '${NAMESPACE}/${typeAndName}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    }),
  /** 3P: azure-cli-extensions#5535 and terraform-provider-azurerm#7809 (404). */
  parentResourceNotFound: (parent: string) =>
    new ArmError(404, {
      code: 'ParentResourceNotFound',
      message: `Can not perform requested operation on nested resource. Parent resource '${parent}' not found.`,
    }),
  /** 3P: ARM's text for a body it cannot parse (Newtonsoft wording inside the quotes is INFER). */
  invalidRequestContent: (reason: string) =>
    new ArmError(
      400,
      {
        code: 'InvalidRequestContent',
        message: `The request content was invalid and could not be deserialized: '${reason}'.`,
      },
      gateway,
    ),
  /** 3P: quoted in azure-sdk-for-net tests. */
  locationRequired: () =>
    new ArmError(400, {
      code: 'LocationRequired',
      message: 'The location property is required for this definition.',
    }),
  /**
   * 3P: the RP's own code and text for bad properties (azure-rest-api-specs#21163, target
   * `{subscription}/{group}/{machine}`); INFER that it answers so for license profiles too.
   */
  invalidProperties: (paths: readonly string[], target: string) =>
    new ArmError(400, {
      code: 'HCRP400',
      message: `The request does not have sufficient information to complete the operation. Missing or invalid properties: ${paths.join(', ')}`,
      target,
    }),
  ...rpAssumptions(),
};

/** Errors whose real code and text are not published: ASSUME, each named for what is wrong. */
function rpAssumptions() {
  const bad = (status: number, detail: ArmErrorDetail) => new ArmError(status, detail);
  return {
    /** ASSUME: Azure Edition has hotpatch on by default without Arc (DOC), so the RP refuses it. */
    hotpatchOnAzureEdition: (machine: string) =>
      bad(400, {
        code: 'HotpatchNotSupportedOnAzureEdition',
        message: `Hotpatch cannot be enrolled through Azure Arc on machine '${machine}': Windows Server Datacenter: Azure Edition has hotpatch enabled by default.`,
      }),
    /** ASSUME: DOC says hotpatch needs Windows Server 2025 build 26100.1742 or later. */
    hotpatchUnsupportedOs: (machine: string, os: string) =>
      bad(400, {
        code: 'HotpatchNotSupportedOnOperatingSystem',
        message: `Hotpatch is not supported on machine '${machine}' running '${os}': it requires Windows Server 2025 (build 26100.1742 or later).`,
      }),
    /** ASSUME: the code and text for an unknown operation id. */
    operationNotFound: (id: string) =>
      bad(404, { code: 'OperationNotFound', message: `The operation '${id}' was not found.` }),
    /** ASSUME: an operation superseded by a later change to the same license profile. */
    operationCanceled: (id: string) =>
      bad(409, {
        code: 'OperationCanceled',
        message: `The operation '${id}' was canceled by a later change to the license profile.`,
      }),
    /** ASSUME: a `$skiptoken` the emulator did not hand out. */
    invalidSkipToken: (token: string) =>
      bad(400, { code: 'InvalidSkipToken', message: `The skip token '${token}' is not valid.` }),
    /** Harness error, not an Azure one: the path or method is outside what the emulator serves. */
    notEmulated: (method: string, path: string) =>
      bad(501, {
        code: 'NotEmulated',
        message: `[hotpatch-harness] ${method} ${path} is not emulated; the emulator serves Microsoft.HybridCompute machines, their license profiles and operation statuses.`,
      }),
  };
}
