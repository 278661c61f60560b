import { type Oracle, type Violation, violation } from './oracle.js';

/**
 * A Patch Tuesday gives a hotpatch only to a machine that meets every prerequisite just before it
 * (DOMAIN.md 1, 3, 5, 6B): enrolled (Azure Edition, or an Enabled license profile it still holds:
 * connected, or disconnected with the disconnectedLicense knob at kept), VBS running, and a
 * license that has not expired.
 */
export const hotpatchPrerequisites: Oracle = {
  id: 'hotpatch-prerequisites',
  cites: 'DOMAIN.md 1, 3, 5, 6B',
  statement: 'a Patch Tuesday hotpatches only enrolled, licensed machines with VBS running',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      for (const [month, s] of machine.patchTuesdays) {
        const hotpatch = facts.catalog.month(month)?.hotpatch?.kb;
        const took =
          machine.installed.some((u) => u.kb === hotpatch && u.installedAt === s.at) && s.kb !== hotpatch;
        if (!hotpatch || !took) continue;
        const held = s.connected || facts.knobs.disconnectedLicense === 'kept';
        const missing = [
          ...(machine.azureEdition || (s.hotpatch === 'Enabled' && held)
            ? []
            : [`not enrolled (${s.hotpatch})`]),
          ...(s.vbsStatus === 2 ? [] : [`VBS status ${s.vbsStatus}`]),
          ...(s.licenseExpired ? ['license expired'] : []),
        ];
        if (missing.length > 0)
          out.push(
            violation(this, `took hotpatch ${hotpatch} at the Patch Tuesday: ${missing.join(', ')}`, {
              machine: machine.name,
              month,
              kb: hotpatch,
            }),
          );
      }
    }
    return out;
  },
};
