import { transitions } from './facts.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, monthAt } from './report-facts.js';

/**
 * Enrollment never completes while VBS does not run (DOMAIN.md 1, 3: enabling checks that VSM
 * runs and fails otherwise): whenever a license profile becomes Enabled, VBS runs on the machine.
 */
export const enrollmentNeedsVbs: Oracle = {
  id: 'enrollment-needs-vbs',
  cites: 'DOMAIN.md 1, 3',
  statement: 'hotpatch enrollment never completes while VBS does not run',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      for (const [before, after] of transitions(machine)) {
        if (before.hotpatch !== 'Enabled' && after.hotpatch === 'Enabled' && after.vbsStatus !== 2)
          out.push(
            violation(this, `enrollment completed at ${iso(after.at)} with VBS status ${after.vbsStatus}`, {
              machine: machine.name,
              month: monthAt(after.at),
            }),
          );
      }
      const first = machine.timeline[0];
      if (first?.hotpatch === 'Enabled' && first.vbsStatus !== 2)
        out.push(
          violation(this, `enrolled at the start with VBS status ${first.vbsStatus}`, {
            machine: machine.name,
          }),
        );
    }
    return out;
  },
};
