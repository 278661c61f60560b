import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, monthAt } from './report-facts.js';

/**
 * Off the hotpatch line, a machine stays off until the next baseline (DOMAIN.md 5): once a regular
 * LCU or an out-of-band update that does not keep the line takes effect (or the machine starts on
 * one), no hotpatch takes effect until a baseline has.
 */
export const offLineUntilBaseline: Oracle = {
  id: 'off-line-until-baseline',
  cites: 'DOMAIN.md 5',
  statement: 'after an LCU or an out-of-band update, no hotpatch before the next baseline',
  check(_report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      const sequence = [
        { kb: machine.startKb, at: machine.timeline[0]?.at ?? 0 },
        ...machine.installed.map((u) => ({ kb: u.kb, at: u.effectiveAt })),
      ];
      let offSince: { kb: string; at: number } | undefined;
      for (const step of sequence) {
        const release = facts.catalog.get(step.kb);
        if (!release) continue;
        if (release.type === 'baseline' || release.type === 'rtm') offSince = undefined;
        else if (release.type === 'lcu' || (release.type === 'out-of-band' && !release.keepsHotpatchLine))
          offSince ??= step;
        else if (release.type === 'hotpatch' && offSince)
          out.push(
            violation(
              this,
              `off the line since ${offSince.kb} (${iso(offSince.at)}), yet hotpatch ${step.kb} took effect at ${iso(step.at)}`,
              { machine: machine.name, month: monthAt(step.at), kb: step.kb },
            ),
          );
      }
    }
    return out;
  },
};
