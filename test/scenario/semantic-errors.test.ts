import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { errorOf, HEAD, lines, messageOf } from './helpers.js';

describe('checks across fields', () => {
  it('rejects a period that ends before it starts, and checks nothing against it', () => {
    const text = lines(
      'name: t',
      'period:',
      '  from: 2026-02',
      '  to: 2025-09',
      'fleet: [{ name: web }]',
      'events: [{ at: 2030-01-01, machines: all, restart: true }]',
    );
    expect(errorOf(text).issues).toStrictEqual([
      {
        code: 'period_order',
        path: ['period', 'from'],
        line: 3,
        message: 'expected a month no later than period.to (2025-09), got 2026-02',
      },
    ]);
  });

  it('keeps events between the first day of from and the last day of to', () => {
    const event = (at: string) => `  - { at: "${at}", machines: all, restart: true }`;
    const inside = ['2025-09-01', '2025-12-31T23:59:59.999Z'].map(event);
    expect(loadScenario(lines(...HEAD, 'events:', ...inside), 's.yaml').events).toHaveLength(2);
    const outside = ['2025-08-31T23:59', '2026-01-01'].map(event);
    expect(messageOf(lines(...HEAD, 'events:', ...inside, ...outside))).toBe(
      [
        's.yaml:9: events[2].at: expected a time within the period (2025-09-01 to 2025-12-31), got 2025-08-31T23:59',
        's.yaml:10: events[3].at: expected a time within the period (2025-09-01 to 2025-12-31), got 2026-01-01',
      ].join('\n'),
    );
  });

  it('knows the length of February in the last month', () => {
    const text = (at: string) =>
      lines(
        'name: t',
        'period: { from: 2024-01, to: 2024-02 }',
        'fleet: [{ name: web }]',
        `events: [{ at: ${at}, machines: all, restart: true }]`,
      );
    expect(loadScenario(text('2024-02-29'), 's.yaml').events[0]?.at).toBe('2024-02-29');
    expect(messageOf(text('2024-03-01'))).toBe(
      's.yaml:4: events[0].at: expected a time within the period (2024-01-01 to 2024-02-29), got 2024-03-01',
    );
  });

  it('keeps expectations inside the period', () => {
    const text = lines(
      ...HEAD,
      'expect:',
      '  - { month: 2025-12, machine: db }',
      '  - { month: 2026-01, machine: db }',
    );
    expect(messageOf(text)).toBe(
      's.yaml:8: expect[1].month: expected a month within the period (2025-09 to 2025-12), got 2026-01',
    );
  });

  it('checks KBs against the catalog when one is given', () => {
    const text = lines(
      'name: t',
      'period: { from: 2025-09, to: 2025-12 }',
      'fleet:',
      '  - { name: web, installed: KB5065474 }',
      '  - { name: db, installed: KB1234567 }',
      'events:',
      '  - { at: 2025-10-01, machines: all, install: KB5070881 }',
      '  - { at: 2025-10-02, machines: all, install: KB7654321 }',
    );
    expect(loadScenario(text, 's.yaml').fleet[1]?.installed).toBe('KB1234567');
    const knownKbs = new Set(['KB5065474', 'KB5070881']);
    expect(messageOf(text, 's.yaml', { knownKbs })).toBe(
      [
        's.yaml:5: fleet[1].installed: expected a KB in the release catalog',
        's.yaml:8: events[1].install: expected a KB in the release catalog',
      ].join('\n'),
    );
  });

  it('lets events name machines, templates or all, and nothing else', () => {
    const text = lines(
      ...HEAD,
      'events:',
      '  - { at: 2025-10-01, machines: [all, web, db, web-03], restart: true }',
      '  - at: 2025-10-02',
      '    machines:',
      '      - web-01',
      '      - web-4',
      '      - WEB-02',
      '      - dbs',
      '      - mailserver',
      '    restart: true',
    );
    expect(errorOf(text).issues.map((issue) => [issue.line, issue.code, issue.message])).toStrictEqual([
      [11, 'unknown_target', 'no machine or template is named "web-4"; did you mean "web-01"?'],
      [12, 'unknown_target', 'no machine or template is named "WEB-02"; did you mean "web-02"?'],
      [13, 'unknown_target', 'no machine or template is named "dbs"; did you mean "db"?'],
      [14, 'unknown_target', 'no machine or template is named "mailserver"'],
    ]);
    expect(errorOf(text).message.split('\n')[0]).toBe(
      's.yaml:11: events[1].machines[1]: no machine or template is named "web-4"; did you mean "web-01"?',
    );
  });

  it('needs an expectation to name one machine', () => {
    const text = lines(
      ...HEAD,
      'expect:',
      '  - { month: 2025-10, machine: db }',
      '  - { month: 2025-10, machine: web-1 }',
      '  - { month: 2025-10, machine: web }',
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:8: expect[1].machine: no machine is named "web-1"; did you mean "web-01"?',
        's.yaml:9: expect[2].machine: "web" is a template of 3 machines; expected one of them, such as "web-01"',
      ].join('\n'),
    );
  });

  it('rejects names used twice after expansion, ignoring case as Windows does', () => {
    const text = lines(
      'name: t',
      'period: { from: 2025-09, to: 2025-12 }',
      'fleet:',
      '  - { name: web, count: 3 }',
      '  - { name: web-02 }', // also web's second machine
      '  - { name: DB }',
      '  - { name: db }', // the same computer name
      '  - { name: web-01, count: 2 }', // web-01-01, web-01-02, but "web-01" would select two things
      '  - { name: all }',
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:5: fleet[1].name: duplicate name "web-02" after expansion (also in fleet[0])',
        's.yaml:7: fleet[3].name: duplicate name "db" after expansion (also in fleet[2])',
        's.yaml:8: fleet[4].name: duplicate name "web-01" after expansion (also in fleet[0])',
        's.yaml:9: fleet[5].name: "all" means every machine',
      ].join('\n'),
    );
  });

  it('sorts issues from every check by line', () => {
    const text = lines(
      'name: t',
      'period: { from: 2025-09, to: 2025-12 }',
      'expect: [{ month: 2025-10, machine: nobody }]',
      'events: [{ at: 2026-03-01, machines: [nobody], restart: true }]',
      'fleet: [{ name: web }, { name: web }]',
    );
    expect(errorOf(text).issues.map((issue) => [issue.line, issue.code])).toStrictEqual([
      [3, 'unknown_machine'],
      [4, 'outside_period'],
      [4, 'unknown_target'],
      [5, 'duplicate_machine'],
    ]);
  });
});
