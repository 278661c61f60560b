import { licenseBugRule } from '../../simulators/windows-update/index.js';
import { transitions } from './facts.js';
import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, monthAt, notOlder } from './report-facts.js';

/**
 * An expired license comes back only through a boot (DOMAIN.md 6B): the workaround takes effect
 * once a boot has read its override (the restart it needs), and the fix comes with the January
 * 2026 baseline, a restart update. So whenever the license turns valid again, either the last
 * boot read the override or the machine runs the fix.
 */
export const licenseBackAfterBoot: Oracle = {
  id: 'license-back-after-boot',
  cites: 'DOMAIN.md 6B',
  statement: 'an expired license is valid again only after a boot read the workaround, or with the fix',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    const fix = licenseBugRule(facts.rules)?.effect.fixedBy;
    for (const machine of facts.machines.values()) {
      for (const [before, after] of transitions(machine)) {
        if (!before.licenseExpired || after.licenseExpired) continue;
        if (after.overrideBooted || (fix !== undefined && notOlder(facts.catalog, after.kb, fix))) continue;
        out.push(
          violation(
            this,
            `license valid again at ${iso(after.at)} on ${after.kb}, with no boot that read the override`,
            {
              machine: machine.name,
              month: monthAt(after.at),
            },
          ),
        );
      }
    }
    return out;
  },
};
