import { type Oracle, type Violation, violation } from './oracle.js';
import { iso, isType, monthAt, monthsOf } from './report-facts.js';

/**
 * Hotpatches need VBS running (DOMAIN.md 1, 2): no hotpatch takes effect on a machine whose VBS is
 * not running at that moment, whatever installs it; so a machine whose hardware cannot run VBS
 * (BIOS, a Gen 1 VM, Secure Boot off) never has a month of kind `hotpatch`.
 */
export const noVbsNoHotpatch: Oracle = {
  id: 'no-vbs-no-hotpatch',
  cites: 'DOMAIN.md 1, 2',
  statement:
    'a machine that cannot run VBS never gets a hotpatch; no hotpatch installs while VBS is not running',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    for (const machine of facts.machines.values()) {
      const cannot = machine.canRunVbs ? '' : ' (its hardware cannot run VBS)';
      for (const u of machine.installed) {
        if (!isType(facts.catalog, u.kb, 'hotpatch')) continue;
        const then = machine.timeline.find((s) => s.at >= u.effectiveAt);
        if (then && then.vbsStatus !== 2)
          out.push(
            violation(
              this,
              `hotpatch ${u.kb} took effect at ${iso(u.effectiveAt)} with VBS status ${then.vbsStatus}${cannot}`,
              {
                machine: machine.name,
                month: monthAt(u.effectiveAt),
                kb: u.kb,
              },
            ),
          );
      }
      if (machine.canRunVbs) continue;
      for (const m of monthsOf(report, machine.name)) {
        if (m.kind === 'hotpatch')
          out.push(
            violation(this, `month of kind hotpatch (${m.update})${cannot}`, {
              machine: machine.name,
              month: m.month,
              ...(m.update ? { kb: m.update } : {}),
            }),
          );
      }
    }
    return out;
  },
};
