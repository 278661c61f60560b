import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, isType, monthAt, notOlder } from './report-facts.js';

const KB5070881 = 'KB5070881';
/** The January 2026 baseline, up to and including which the machine gets restart updates (DOC). */
const JANUARY_2026_BASELINE = 'KB5073379';

/**
 * A machine that took KB5070881 gets no hotpatch before the January 2026 baseline (DOMAIN.md 6A):
 * from the moment KB5070881 takes effect (or the start, for a machine on it), no hotpatch takes
 * effect until an update no older than the January 2026 baseline has.
 */
export const kb5070881OffLine: Oracle = {
  id: 'kb5070881-off-line',
  cites: 'DOMAIN.md 6A',
  statement: 'a machine that took KB5070881 gets no hotpatch before the January 2026 baseline',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      const took =
        machine.startKb === KB5070881
          ? (machine.timeline[0]?.at ?? 0)
          : machine.installed.find((u) => u.kb === KB5070881)?.effectiveAt;
      if (took === undefined) continue;
      const later = machine.installed.filter((u) => u.effectiveAt >= took && u.kb !== KB5070881);
      for (const u of later) {
        if (notOlder(facts.catalog, u.kb, JANUARY_2026_BASELINE) && isType(facts.catalog, u.kb, 'baseline'))
          break;
        if (isType(facts.catalog, u.kb, 'hotpatch')) {
          out.push(
            violation(
              this,
              `took KB5070881 at ${iso(took)}, then hotpatch ${u.kb} at ${iso(u.effectiveAt)}`,
              {
                machine: machine.name,
                month: monthAt(u.effectiveAt),
                kb: u.kb,
              },
            ),
          );
        }
      }
    }
    return out;
  },
};
