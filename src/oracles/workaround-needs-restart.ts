import { type Oracle, type Violation, violation } from './oracle.js';
import { iso } from './report-facts.js';
import type { MachineSnapshot } from './snapshot.js';

/**
 * A workaround without its restart changes nothing (DOMAIN.md 6B: "the mitigation is complete only
 * after the restart"). At each Patch Tuesday where the override is in the registry but the last
 * boot did not read it, compare with the machine just before the override was written: when no
 * restart, update or enrollment change came in between, the license state (expired or not,
 * blocked by the issue or not) is the same.
 */
export const workaroundNeedsRestart: Oracle = {
  id: 'workaround-needs-restart',
  cites: 'DOMAIN.md 6B',
  statement:
    'writing the workaround override without a restart leaves the license state at Patch Tuesday unchanged',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      for (const [month, pt] of machine.patchTuesdays) {
        if (!pt.overrideWritten || pt.overrideBooted) continue;
        let before: MachineSnapshot | undefined;
        for (const s of machine.timeline) {
          if (s.at > pt.at || s.step > pt.step) break;
          if (!s.overrideWritten) before = s;
        }
        if (!before) continue; // written before the run started
        const quiet =
          before.restarts === pt.restarts && before.kb === pt.kb && before.hotpatch === pt.hotpatch;
        if (!quiet) continue;
        if (before.licenseExpired !== pt.licenseExpired || before.licensingBlocked !== pt.licensingBlocked) {
          out.push(
            violation(
              this,
              `override written after ${iso(before.at)} with no restart, yet the license went from ${describe(before)} to ${describe(pt)} by the Patch Tuesday`,
              { machine: machine.name, month },
            ),
          );
        }
      }
    }
    return out;
  },
};

const describe = (s: MachineSnapshot): string =>
  `${s.licenseExpired ? 'expired' : 'valid'}/${s.licensingBlocked ? 'blocked' : 'unblocked'}`;
