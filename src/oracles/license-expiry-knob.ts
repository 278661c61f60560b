import { type Oracle, type Violation, violation } from './oracle.js';

/**
 * The licenseExpiry knob decides whether an enrolled license expires under the October 2025
 * licensing issue (DOMAIN.md 6B says only "may": an ASSUME knob). At `always`, no Patch Tuesday finds
 * an enrolled machine that the issue holds with a license still valid; at `never`, no license
 * ever expires.
 */
export const licenseExpiryKnob: Oracle = {
  id: 'license-expiry-knob',
  cites: 'DOMAIN.md 6B (knob licenseExpiry)',
  statement: 'licenseExpiry always: every enrolled license the issue holds has expired; never: none has',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    const knob = facts.knobs.licenseExpiry;
    for (const machine of facts.machines.values()) {
      if (knob === 'never' && machine.timeline.some((s) => s.licenseExpired))
        out.push(
          violation(this, 'a license expired although licenseExpiry is never', { machine: machine.name }),
        );
      if (knob !== 'always') continue;
      for (const [month, s] of machine.patchTuesdays) {
        if (s.hotpatch === 'Enabled' && s.licensingBlocked && !s.licenseExpired)
          out.push(
            violation(
              this,
              'enrolled and held by the licensing issue, yet its license is valid at Patch Tuesday',
              {
                machine: machine.name,
                month,
              },
            ),
          );
      }
    }
    return out;
  },
};
