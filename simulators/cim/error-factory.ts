import { CimError, type CimErrorCategory, type CimErrorCode } from './errors.js';

const CIM_EXCEPTION = 'Microsoft.Management.Infrastructure.CimException';
const MANAGEMENT_EXCEPTION = 'System.Management.ManagementException';

/**
 * WMI's status codes and texts. WMI's text ends in a space: Get-WmiObject formats it as `{0}"{1}"`
 * and prints `Invalid class "X"` (DOC format, 3P output), Get-CimInstance prints the line with
 * the trailing space (3P).
 */
const WBEM: Readonly<Record<CimErrorCode, { hresult: number; text: string; category: CimErrorCategory }>> = {
  // Categories: CimCmdlets' ConvertCimNativeErrorCodeToErrorCategory (DOC, PowerShell source).
  InvalidNamespace: { hresult: 0x8004100e, text: 'Invalid namespace ', category: 'MetadataError' },
  InvalidClass: { hresult: 0x80041010, text: 'Invalid class ', category: 'MetadataError' },
  InvalidQuery: { hresult: 0x80041017, text: 'Invalid query ', category: 'InvalidArgument' },
};

/**
 * Get-CimInstance's error: the error id is the CimException's MessageId, `HRESULT 0x8004100e`
 * (3P, real output). `target` is `namespace:class` as typed for an enumeration and null for a
 * query, -Filter included (DOC, PowerShell source: CimSessionProxy sets no error source there).
 */
function cimError(code: CimErrorCode, target: string | null): CimError {
  const { hresult, text, category } = WBEM[code];
  return new CimError(
    code,
    text,
    CIM_EXCEPTION,
    `HRESULT 0x${hresult.toString(16)}`,
    category,
    hresult,
    target,
  );
}

/** What Get-WmiObject ran, for its messages: the namespace and class as typed, and the query. */
export interface WmiObjectRequest {
  readonly namespace: string;
  readonly className?: string;
  readonly query: string;
}

/**
 * The one place CIM errors are made. Get-WmiObject wraps WMI's message as `{0}"{1}"` with the
 * namespace, the class or the whole query; categories InvalidArgument / InvalidType / InvalidArgument,
 * id GetWMIManagementException, no target (DOC, PowerShell source GetWMIObjectCommand.cs and
 * WmiResources.resx; 3P, real output).
 */
export const cimErrors = {
  invalidNamespace: (target: string | null) => cimError('InvalidNamespace', target),
  invalidClass: (target: string | null) => cimError('InvalidClass', target),
  invalidQuery: () => cimError('InvalidQuery', null),
  /** The same failure as Get-WmiObject reports it. */
  forGetWmiObject(error: CimError, request: WmiObjectRequest): CimError {
    const { hresult, text } = WBEM[error.code];
    const subject =
      error.code === 'InvalidNamespace'
        ? request.namespace
        : error.code === 'InvalidClass'
          ? (request.className ?? classOfQuery(request.query))
          : request.query;
    const category = error.code === 'InvalidClass' ? 'InvalidType' : 'InvalidArgument';
    const message = `${text}"${subject}"`;
    return new CimError(
      error.code,
      message,
      MANAGEMENT_EXCEPTION,
      'GetWMIManagementException',
      category,
      hresult,
      null,
    );
  },
};

/** The word after ` from `, as GetWmiObjectCommand.GetClassNameFromQuery takes it (DOC). */
function classOfQuery(query: string): string {
  const at = query.toLowerCase().indexOf(' from ');
  return at < 0 ? '' : (query.slice(at + ' from '.length).split(' ')[0] ?? '');
}
