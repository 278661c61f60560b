import { stateAfter, stepsOfEvents } from './facts.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { eventsOf, playbookOutcome } from './report-facts.js';

/** The playbooks that claim to lift the October 2025 licensing issue (DOMAIN.md 6B options 1, 2). */
const WORKAROUNDS = new Set(['october-2025-workaround-option-1', 'october-2025-workaround-option-2']);

/**
 * A workaround that reports success has rescued the machine (DOMAIN.md 6B: the mitigation is
 * complete only after the restart): when a workaround playbook starts while the licensing issue
 * holds the machine and then logs `succeeded`, the issue no longer holds it at that moment. (One
 * run before the issue first hits claims nothing about it, and is not checked.)
 */
export const workaroundClaim: Oracle = {
  id: 'workaround-claim',
  cites: 'DOMAIN.md 6B',
  statement: 'a workaround playbook that reports success has lifted the licensing issue it started under',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    let steps: number[] | undefined; // worked out only when a workaround playbook ran
    for (const machine of facts.machines.values()) {
      const started = new Map<string, boolean>();
      for (const e of eventsOf(report, machine.name, 'playbook')) {
        const name = e.detail.split(':')[0] ?? '';
        if (!WORKAROUNDS.has(name)) continue;
        steps ??= stepsOfEvents(facts, report.events);
        const step = steps[report.events.indexOf(e)] ?? 0;
        if (e.detail === `${name}: started`) {
          started.set(name, stateAfter(machine, step - 1)?.licensingBlocked === true);
          continue;
        }
        const outcome = playbookOutcome(e);
        if (outcome?.status !== 'succeeded' || !started.get(name)) continue;
        if (stateAfter(machine, step)?.licensingBlocked)
          out.push(
            violation(
              this,
              `${name} reported success at ${e.at} but the licensing issue still holds the machine`,
              {
                machine: machine.name,
                month: e.at.slice(0, 7),
              },
            ),
          );
      }
    }
    return out;
  },
};
