import type { MachineFacts, RunFacts } from '../oracles/facts.js';
import type { Violation } from '../oracles/oracle.js';
import { expandFleet, resolveTargets } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';
import type { KnownIssue } from './known-issue.js';

/** True when the scenario has an `install: kb` event that targets the machine. */
function installEvent(scenario: Scenario, machine: string | undefined, kb: string | undefined): boolean {
  const fleet = expandFleet(scenario.fleet);
  return scenario.events.some(
    (e) => e.install === kb && machine !== undefined && resolveTargets(e.machines, fleet).includes(machine),
  );
}

const machineOf = (v: Violation, facts: RunFacts | undefined): MachineFacts | undefined =>
  v.machine === undefined ? undefined : facts?.machines.get(v.machine);

/** True when KB5070893 took effect on the machine after an update that takes it off the hotpatch line. */
function kb5070893AfterOffLine(machine: MachineFacts | undefined, facts: RunFacts | undefined): boolean {
  if (!machine || !facts) return false;
  const updates = [machine.startKb, ...machine.installed.map((u) => u.kb)];
  const at = updates.indexOf('KB5070893');
  return updates.slice(0, Math.max(at, 0)).some((kb) => {
    const r = facts.catalog.get(kb);
    return r?.type === 'lcu' || (r?.type === 'out-of-band' && !r.keepsHotpatchLine);
  });
}

/**
 * True when a restart of the machine applied a hotpatch staged behind another update that was
 * waiting for that restart (a hotpatch restart on its own is another bug, not this one).
 */
function hotpatchBehindPending(machine: MachineFacts | undefined, facts: RunFacts | undefined): boolean {
  const isHotpatch = (kb: string) => facts?.catalog.get(kb)?.type === 'hotpatch';
  return (
    machine?.restarts.some(
      (r) => r.applied.length > 1 && !isHotpatch(r.applied[0] ?? '') && r.applied.some(isHotpatch),
    ) ?? false
  );
}

/**
 * Engine bugs that explorations found and that are reported, not yet fixed (each has its
 * counterexample in test/explore/found/<id>.yaml, which a test replays). Tests and the CLI pass
 * this list so the search goes on looking for new bugs; the summary lists every hit.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'install-before-release',
    description:
      'An install event installs an update before its release date (KB5073379 in 2025, say); the applicability check refuses only superseded updates (src/engine/applicability.ts).',
    matches: (v, scenario) =>
      v.oracle === 'no-update-before-release' && installEvent(scenario, v.machine, v.kb),
  },
  {
    id: 'install-hotpatch-without-vbs',
    description:
      'An install event installs a hotpatch on a machine whose VBS does not run (even one whose hardware never can): applicability checks the base update but not VBS, a documented prerequisite (DOMAIN.md 1).',
    matches: (v, scenario) => v.oracle === 'no-vbs-no-hotpatch' && installEvent(scenario, v.machine, v.kb),
  },
  {
    id: 'kb5070893-over-kb5070881',
    description:
      'Installing KB5070893 on top of KB5070881 (or any off-line update) puts the machine back on the hotpatch line, so it gets the November 2025 hotpatch; DOMAIN.md 5 and 6A say such a machine gets restart updates up to and including the next (January 2026) baseline.',
    matches: (v, _s, facts) =>
      (v.oracle === 'kb5070881-off-line' || v.oracle === 'off-line-until-baseline') &&
      kb5070893AfterOffLine(machineOf(v, facts), facts),
  },
  {
    id: 'pending-restart-update-ignored',
    description:
      'Windows Update (a Patch Tuesday, or an install event) decides on the update the machine runs and ignores one staged for a restart after a failed restart: the hotpatch it offers is staged behind the pending update and the next restart applies both, so a hotpatch comes with a restart and lands on an update that took the machine off the line (src/engine/patch-tuesday-step.ts, applicability.ts).',
    matches: (v, _s, facts) => hotpatchBehindPending(machineOf(v, facts), facts),
  },
];
