import { daysInMonth } from '../calendar.js';
import type { Scenario } from '../schema.js';
import type { Draft } from './draft.js';

/**
 * `period.from` must not come after `period.to`; every event must fall between the first day of
 * `from` and the last day of `to`, and every expectation's month inside the period.
 */
export function checkPeriod(scenario: Scenario): Draft[] {
  const { from, to } = scenario.period;
  if (from > to) {
    const message = `expected a month no later than period.to (${to}), got ${from}`;
    return [{ code: 'period_order', path: ['period', 'from'], message }];
  }
  const [year = 0, month = 0] = to.split('-').map(Number);
  const [first, last] = [`${from}-01`, `${to}-${String(daysInMonth(year, month)).padStart(2, '0')}`];
  const drafts: Draft[] = [];
  for (const [i, event] of scenario.events.entries()) {
    // Dates and date-times compare as text: the day is the first ten characters.
    const day = event.at.slice(0, 10);
    if (day < first || day > last) {
      const message = `expected a time within the period (${first} to ${last}), got ${event.at}`;
      drafts.push({ code: 'outside_period', path: ['events', i, 'at'], message });
    }
  }
  for (const [i, expectation] of scenario.expect.entries()) {
    if (expectation.month < from || expectation.month > to) {
      const message = `expected a month within the period (${from} to ${to}), got ${expectation.month}`;
      drafts.push({ code: 'outside_period', path: ['expect', i, 'month'], message });
    }
  }
  return drafts;
}
