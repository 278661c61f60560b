import { WIN32_COMPUTER_SYSTEM } from './computer-system.js';
import type { CimClass } from './define.js';
import { WIN32_DEVICE_GUARD } from './device-guard.js';
import { WIN32_OPERATING_SYSTEM } from './operating-system.js';
import { WIN32_QUICK_FIX_ENGINEERING } from './quick-fix-engineering.js';
import { WIN32_SERVICE } from './service.js';

/** Every emulated class. */
export const CIM_CLASSES: readonly CimClass[] = [
  WIN32_OPERATING_SYSTEM,
  WIN32_QUICK_FIX_ENGINEERING,
  WIN32_SERVICE,
  WIN32_COMPUTER_SYSTEM,
  WIN32_DEVICE_GUARD,
];

/** A class by canonical namespace and name; class names ignore case (DOC). */
export function findClass(namespace: string, className: string): CimClass | undefined {
  const folded = className.toLowerCase();
  return CIM_CLASSES.find((c) => c.namespace === namespace && c.name.toLowerCase() === folded);
}
