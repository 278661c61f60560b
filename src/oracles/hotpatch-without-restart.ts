import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, isType, monthAt, monthsOf } from './report-facts.js';

/**
 * A hotpatch never restarts (DOMAIN.md 5: hotpatch months, no restart): no restart applies a
 * hotpatch, every hotpatch takes effect the moment it installs, and no machine-month of kind
 * `hotpatch` has a restart that applied its update.
 */
export const hotpatchWithoutRestart: Oracle = {
  id: 'hotpatch-without-restart',
  cites: 'DOMAIN.md 5',
  statement: 'no month has a hotpatch and a restart for the same update',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      for (const r of machine.restarts) {
        const hotpatches = r.applied.filter((kb) => isType(facts.catalog, kb, 'hotpatch'));
        if (hotpatches.length > 0)
          out.push(
            violation(
              this,
              `the ${r.reason} restart at ${iso(r.at)} applied hotpatch ${hotpatches.join(', ')}`,
              {
                machine: machine.name,
                month: monthAt(r.at),
                kb: hotpatches[0],
              },
            ),
          );
      }
      for (const u of machine.installed) {
        if (isType(facts.catalog, u.kb, 'hotpatch') && u.effectiveAt !== u.installedAt)
          out.push(
            violation(
              this,
              `hotpatch ${u.kb} installed at ${iso(u.installedAt)} took effect only at ${iso(u.effectiveAt)}`,
              {
                machine: machine.name,
                month: monthAt(u.installedAt),
                kb: u.kb,
              },
            ),
          );
      }
      for (const m of monthsOf(report, machine.name)) {
        if (m.kind !== 'hotpatch' || m.update === null) continue;
        const update = m.update;
        if (machine.restarts.some((r) => monthAt(r.at) === m.month && r.applied.includes(update)))
          out.push(
            violation(this, `hotpatch month whose update ${update} came with a restart`, {
              machine: machine.name,
              month: m.month,
              kb: update,
            }),
          );
      }
    }
    return out;
  },
};
