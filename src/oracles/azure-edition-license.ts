import { type Oracle, type Violation, violation } from './oracle.js';
import { eventsOf, monthsOf } from './report-facts.js';

/**
 * Azure Edition is exempt from the October 2025 licensing issue and needs no Arc license
 * (DOMAIN.md 1 and 6B): its license never expires, so no month names `license-expired` and no
 * license-state event (an expiry, or a recovery from one) is ever logged for it.
 */
export const azureEditionLicense: Oracle = {
  id: 'azure-edition-license',
  cites: 'DOMAIN.md 1, 6B',
  statement: 'an Azure Edition machine never loses its hotpatch license',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      if (!machine.azureEdition) continue;
      for (const m of monthsOf(report, machine.name)) {
        if (m.reasons.includes('license-expired'))
          out.push(
            violation(this, 'month gives license-expired as a reason', {
              machine: machine.name,
              month: m.month,
            }),
          );
      }
      for (const e of eventsOf(report, machine.name, 'license-state'))
        out.push(violation(this, `license-state event at ${e.at}: ${e.detail}`, { machine: machine.name }));
      if (machine.timeline.some((s) => s.licenseExpired))
        out.push(violation(this, 'the license expired', { machine: machine.name }));
    }
    return out;
  },
};
