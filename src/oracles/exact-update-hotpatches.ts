import type { Scenario } from '../scenario/schema.js';
import type { MachineFacts, RunFacts } from './facts.js';
import { stateAfter } from './facts.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { installsOn, monthsOf } from './report-facts.js';
import type { MachineSnapshot } from './snapshot.js';

/** The months and the updates their hotpatch installs on (DOMAIN.md 6A: exactly these). */
const EXACT: ReadonlyArray<{ month: string; hotpatch: string; on: readonly string[] }> = [
  { month: '2025-11', hotpatch: 'KB5068966', on: ['KB5066835', 'KB5070893'] },
  { month: '2025-12', hotpatch: 'KB5072014', on: ['KB5066835', 'KB5070893', 'KB5068966'] },
];
const OCTOBER_BASELINE = 'KB5066835';

/** Enrolled as Windows Update sees it: Azure Edition, or an Enabled profile it still holds. */
function enrolled(machine: MachineFacts, s: MachineSnapshot, facts: RunFacts): boolean {
  const held = s.connected || facts.knobs.disconnectedLicense === 'kept';
  return machine.azureEdition || (s.hotpatch === 'Enabled' && held);
}

/**
 * No other install: nothing waits for a restart, the machine did not start on another update from
 * the October 2025 baseline on (KB5070773, say: it took the machine off the line before KB5070893
 * came), no update but the allowed ones took effect since, and no install event targets the
 * machine that month.
 */
function noOtherInstall(
  machine: MachineFacts,
  s: MachineSnapshot,
  month: string,
  allowed: readonly string[],
  facts: RunFacts,
  scenario: Scenario,
): boolean {
  const since = facts.catalog.get(OCTOBER_BASELINE)?.date ?? '';
  const other = (kb: string) => !allowed.includes(kb) && (facts.catalog.get(kb)?.date ?? '') >= since;
  return (
    s.staged.length === 0 &&
    !other(machine.startKb) &&
    !machine.installed.some((u) => u.effectiveAt < s.at && other(u.kb)) &&
    !installsOn(scenario, machine.name).some((at) => at.startsWith(month))
  );
}

/**
 * A machine exactly on KB5066835 or KB5070893 gets the November and December 2025 hotpatches
 * without a restart (DOMAIN.md 6A, 6B). Precondition, just before that Patch Tuesday (automatic
 * updates): it runs one of them (or November's hotpatch, for December); nothing waits for a
 * restart; no other update took effect since the October baseline and no install event targets
 * it that month; it is enrolled, its license has not expired and VBS runs. Then the month's kind
 * is `hotpatch` with that update, and the Patch Tuesday restarts nothing.
 */
export const exactUpdateHotpatches: Oracle = {
  id: 'exact-update-hotpatches',
  cites: 'DOMAIN.md 6A, 6B',
  statement:
    'a licensed, enrolled machine exactly on KB5066835 or KB5070893 with VBS gets Nov/Dec 2025 hotpatches without restart',
  check(report, scenario, facts) {
    const out: Violation[] = [];
    if (facts.mode !== 'automatic') return out;
    for (const machine of facts.machines.values()) {
      for (const { month, hotpatch, on } of EXACT) {
        const s = machine.patchTuesdays.get(month);
        if (!s || !on.includes(s.kb) || !noOtherInstall(machine, s, month, on, facts, scenario)) continue;
        if (!enrolled(machine, s, facts) || s.licenseExpired || s.vbsStatus !== 2) continue;
        const m = monthsOf(report, machine.name).find((x) => x.month === month);
        const where = { machine: machine.name, month, kb: hotpatch };
        if (m?.kind !== 'hotpatch' || m.update !== hotpatch)
          out.push(
            violation(
              this,
              `on ${s.kb}, enrolled, licensed, VBS running, but got ${m?.kind} ${m?.update ?? ''}`,
              where,
            ),
          );
        const after = stateAfter(machine, s.step);
        if (after && after.restarts > s.restarts)
          out.push(violation(this, `the ${month} Patch Tuesday restarted the machine (on ${s.kb})`, where));
      }
    }
    return out;
  },
};
