/** root\cimv2 as CimSystemProperties shows it. */
export const CIMV2 = 'root/cimv2';
/** Where Win32_DeviceGuard lives (DOC). */
export const DEVICE_GUARD_NAMESPACE = 'root/Microsoft/Windows/DeviceGuard';
/** Get-CimInstance's default namespace, as its ConstValue.DefaultNameSpace spells it (DOC). */
export const DEFAULT_NAMESPACE = 'root\\cimv2';

/**
 * The namespaces the emulated repository has: those holding emulated classes and the ones on
 * the path to them, which exist on every Windows (INFER; querying them finds no emulated class).
 */
const NAMESPACES = ['root', CIMV2, 'root/Microsoft', 'root/Microsoft/Windows', DEVICE_GUARD_NAMESPACE];

const fold = (path: string) => path.toLowerCase();
const KNOWN = new Map(NAMESPACES.map((ns) => [fold(ns), ns]));

/**
 * The canonical name of a namespace as a caller typed it, or undefined when there is none.
 * Either slash separates the parts (MI accepts both; DOC: the seed uses `root/Microsoft/...`,
 * Learn pages `root\Microsoft\...`) and case does not matter (DOC: WMI names are
 * case-insensitive). Paths are rooted: `cimv2` alone, a leading or trailing separator, or an
 * empty part names no namespace (INFER: WMI resolves namespaces from `root`).
 */
export function resolveNamespace(typed: string): string | undefined {
  return KNOWN.get(fold(typed.split(/[\\/]/).join('/')));
}
