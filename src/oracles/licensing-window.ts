import { licenseBugRule } from '../../simulators/windows-update/index.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, monthAt, notOlder } from './report-facts.js';

/**
 * The licensing issue has a window (DOMAIN.md 6B): it hits machines running KB5066835 or later and
 * ends with the January 2026 baseline. So a license is only ever expired on a machine running an
 * update from KB5066835 up to, not including, the January 2026 baseline.
 */
export const licensingWindow: Oracle = {
  id: 'licensing-window',
  cites: 'DOMAIN.md 6B',
  statement: 'a license is expired only on machines from KB5066835 up to the January 2026 baseline',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    const rule = licenseBugRule(facts.rules)?.effect;
    const from = rule?.affectedFrom ?? 'KB5066835';
    const fix = rule?.fixedBy ?? 'KB5073379';
    for (const machine of facts.machines.values()) {
      for (const s of machine.timeline) {
        if (!s.licenseExpired) continue;
        if (notOlder(facts.catalog, s.kb, from) && !notOlder(facts.catalog, s.kb, fix)) continue;
        out.push(
          violation(this, `license expired at ${iso(s.at)} while the machine runs ${s.kb}`, {
            machine: machine.name,
            month: monthAt(s.at),
            kb: s.kb,
          }),
        );
        break;
      }
    }
    return out;
  },
};
