import { type Oracle, type Violation, violation } from './oracle.js';

/** The report's event log is in time order (DESIGN.md report format v1: "time-ordered"). */
export const eventsInOrder: Oracle = {
  id: 'events-in-order',
  cites: 'DESIGN.md report format v1',
  statement: "the report's events are in time order",
  check(report) {
    const out: Violation[] = [];
    report.events.forEach((e, i) => {
      const previous = report.events[i - 1];
      if (previous && previous.at > e.at)
        out.push(
          violation(this, `event ${i} (${e.type} at ${e.at}) comes after one at ${previous.at}`, {
            machine: e.machine,
          }),
        );
    });
    return out;
  },
};
