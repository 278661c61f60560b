import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, monthAt } from './report-facts.js';

/**
 * No update installs before it is released (DOMAIN.md 5: each release has its date): nothing is
 * staged or takes effect on a machine before the day its catalog entry came out.
 */
export const noUpdateBeforeRelease: Oracle = {
  id: 'no-update-before-release',
  cites: 'DOMAIN.md 5',
  statement: 'no update installs before its release date',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      const seen = new Map<string, number>();
      for (const u of machine.installed) seen.set(u.kb, u.installedAt);
      for (const s of machine.timeline) for (const kb of s.staged) if (!seen.has(kb)) seen.set(kb, s.at);
      for (const [kb, at] of seen) {
        const date = facts.catalog.get(kb)?.date;
        if (date !== undefined && at < Date.parse(`${date}T00:00:00Z`))
          out.push(
            violation(this, `${kb}, released ${date}, installed at ${iso(at)}`, {
              machine: machine.name,
              month: monthAt(at),
              kb,
            }),
          );
      }
    }
    return out;
  },
};
