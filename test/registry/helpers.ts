import {
  type Registry,
  RegistryError,
  type RegistryErrorCode,
  type RegistryValue,
} from '../../simulators/registry/index.js';

import { thrown } from '../support/thrown.js';

export { thrown };

/** The PowerShell-visible parts of a RegistryError `fn` throws. */
export function registryErrorOf(fn: () => unknown): {
  code: RegistryErrorCode;
  message: string;
  exceptionType: string;
  errorId: string;
  category: string;
} {
  const error = thrown(fn);
  if (!(error instanceof RegistryError)) throw new Error(`expected a RegistryError, got ${String(error)}`);
  return {
    code: error.code,
    message: error.message,
    exceptionType: error.exceptionType,
    errorId: error.errorId,
    category: error.category,
  };
}

const describeValue = (v: RegistryValue): string => {
  const data =
    v.data instanceof Uint8Array
      ? [...v.data].join(',')
      : Array.isArray(v.data)
        ? JSON.stringify(v.data)
        : String(v.data);
  return `${JSON.stringify(v.name)}=${v.type}:${data}`;
};

/**
 * Every key and value of both stored hives, one line each, walked through the public API. Links
 * are walked as keys, so a link's target shows up twice; that is the same for any two registries.
 */
export function dumpRegistry(registry: Registry): string[] {
  const out: string[] = [];
  const walk = (path: string, depth: number): void => {
    if (depth > 12) throw new Error(`too deep at ${path}`);
    out.push(`[${path}]`, ...(registry.values(path) ?? []).map((v) => `  ${describeValue(v)}`));
    for (const name of registry.subkeyNames(path) ?? []) walk(`${path}\\${name}`, depth + 1);
  };
  walk('HKEY_LOCAL_MACHINE', 0);
  walk('HKEY_USERS', 0);
  return out;
}
