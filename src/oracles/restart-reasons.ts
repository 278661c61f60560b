import { type Oracle, type Violation, violation } from './oracle.js';
import { monthAt } from './report-facts.js';

/**
 * Every restart in a report has a reason and the numbers add up (DESIGN.md report format v1): a
 * machine-month with restarts names at least one reason, and one for each restart the machine
 * recorded that month; the fleet month's reason counts sum to its restarts, which are the sum of
 * its machines'; `restarted` and `hotpatched` count the machines that did.
 */
export const restartReasons: Oracle = {
  id: 'restart-reasons',
  cites: 'DESIGN.md report format v1',
  statement: 'every restart has a reason, and the month totals add up',
  check(report, _scenario, facts) {
    const out: Violation[] = [];
    for (const { name, months } of report.machines) {
      const records = facts.machines.get(name)?.restarts ?? [];
      for (const m of months) {
        const where = { machine: name, month: m.month };
        if (m.restarts > 0 && m.reasons.length === 0)
          out.push(violation(this, `${m.restarts} restart(s) without a reason`, where));
        const those = records.filter((r) => monthAt(r.at) === m.month);
        if (those.length !== m.restarts)
          out.push(
            violation(
              this,
              `the machine restarted ${those.length} time(s), the report says ${m.restarts}`,
              where,
            ),
          );
        for (const r of those) {
          if (!(m.reasons as string[]).includes(r.reason))
            out.push(
              violation(
                this,
                `restart at ${new Date(r.at).toISOString()} for ${r.reason} is not among the month's reasons`,
                where,
              ),
            );
        }
      }
    }
    report.months.forEach((fleet, i) => {
      const months = report.machines.map((m) => m.months[i]).filter((m) => m !== undefined);
      const sum = Object.values(fleet.reasons).reduce((a, n) => a + (n ?? 0), 0);
      const where = { month: fleet.month };
      if (sum !== fleet.restarts)
        out.push(violation(this, `reasons count ${sum} restarts, the month ${fleet.restarts}`, where));
      const total = months.reduce((a, m) => a + m.restarts, 0);
      if (total !== fleet.restarts)
        out.push(
          violation(this, `machines restarted ${total} times, the month says ${fleet.restarts}`, where),
        );
      const restarted = months.filter((m) => m.restarts > 0).length;
      const hotpatched = months.filter((m) => m.kind === 'hotpatch').length;
      if (
        restarted !== fleet.restarted ||
        hotpatched !== fleet.hotpatched ||
        months.length !== fleet.machines
      )
        out.push(
          violation(
            this,
            `machines/restarted/hotpatched ${fleet.machines}/${fleet.restarted}/${fleet.hotpatched} do not match the machines' months`,
            where,
          ),
        );
    });
    return out;
  },
};
