import { stateAfter } from './facts.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { monthsOf, notOlder } from './report-facts.js';

/**
 * Baseline months restart every machine that is not yet on the baseline (DOMAIN.md 5): no machine
 * gets a hotpatch in a baseline month; a machine that installs the baseline restarts that month
 * (or its restart attempt failed, leaving the baseline staged: the restart-fails fault); under
 * automatic updates a machine running anything older than the baseline at its Patch Tuesday gets it,
 * unless an earlier update still waits for a restart that failed at that Patch Tuesday: Windows
 * Update finishes a pending restart before it installs anything else (INFER), so nothing installs.
 */
export const baselineRestarts: Oracle = {
  id: 'baseline-restarts',
  cites: 'DOMAIN.md 5',
  statement: 'baseline months restart every machine not yet on the baseline and hotpatch none',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      for (const m of monthsOf(report, machine.name)) {
        const release = facts.catalog.month(m.month);
        if (release?.type !== 'baseline') continue;
        const where = { machine: machine.name, month: m.month };
        if (m.kind === 'hotpatch')
          out.push(violation(this, `hotpatch ${m.update} in baseline month ${m.month}`, where));
        const staged = machine.timeline.some(
          (s) => s.staged.includes(release.restartUpdate.kb) && s.at >= Date.parse(`${m.month}-01`),
        );
        if (m.kind === 'baseline' && m.restarts === 0 && !staged)
          out.push(violation(this, `installed baseline ${m.update} without a restart`, where));
        const before = machine.patchTuesdays.get(m.month);
        // Observed as Windows Update decides: anything still staged then waits for a failed restart.
        if (facts.mode !== 'automatic' || !before || before.staged.length > 0) continue;
        const after = stateAfter(machine, before.step);
        const upToDate = notOlder(facts.catalog, before.kb, release.restartUpdate.kb);
        if (!upToDate && (m.kind !== 'baseline' || m.update !== release.restartUpdate.kb))
          out.push(
            violation(
              this,
              `ran ${before.kb} at the ${m.month} Patch Tuesday but got ${m.kind} ${m.update ?? ''} instead of baseline ${release.restartUpdate.kb}`,
              where,
            ),
          );
        if (!upToDate && after && after.restarts === before.restarts && !after.staged.length)
          out.push(
            violation(this, `the ${m.month} baseline neither restarted the machine nor waits staged`, where),
          );
      }
    }
    return out;
  },
};
