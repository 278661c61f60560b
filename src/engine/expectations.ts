import type { ExpectResult, MachineMonth } from '../report/types.js';
import type { Expectation } from '../scenario/schema.js';

/** Checks one `expect` entry against the machine's month; every field given must match. */
export function checkExpectation(expectation: Expectation, month: MachineMonth | undefined): ExpectResult {
  const { month: m, machine, ...wanted } = expectation;
  const actual: Record<string, unknown> = {};
  let pass = month !== undefined;
  for (const [key, value] of Object.entries(wanted)) {
    const got = month?.[key as keyof MachineMonth];
    actual[key] = got ?? null;
    const same = Array.isArray(value)
      ? Array.isArray(got) && [...value].sort().join('|') === [...got].sort().join('|')
      : got === value;
    if (!same) pass = false;
  }
  return { expect: { month: m, machine, ...wanted }, pass, actual };
}
