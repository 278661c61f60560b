import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { errorOf, HEAD, lines, messageOf } from './helpers.js';

describe('field errors name the file, the line and the path', () => {
  it('lists the allowed values of an enum', () => {
    const text = lines(...HEAD, '  - name: app', '    cores: 2', '    edition: enterprise');
    expect(messageOf(text, 'scenarios/x.yaml')).toBe(
      'scenarios/x.yaml:8: fleet[2].edition: expected one of standard | datacenter | datacenter-azure-edition',
    );
  });

  it('gives the issues as data too, zod-like', () => {
    const error = errorOf(lines(...HEAD, '  - { name: app, arc: online }'), 'f.yaml');
    expect(error.file).toBe('f.yaml');
    expect(error.issues).toStrictEqual([
      {
        code: 'invalid_value',
        path: ['fleet', 2, 'arc'],
        line: 6,
        message: 'expected one of none | connected | disconnected',
      },
    ]);
  });

  it('puts a missing key on the line of the mapping that lacks it', () => {
    const text = lines(
      '# period lacks its end',
      'name: t',
      'period:',
      '  from: 2025-09',
      'fleet: [{ name: web }]',
    );
    expect(messageOf(text)).toBe('s.yaml:4: period.to: required key is missing');
    expect(messageOf(lines('# no fleet', 'name: t', 'period: { from: 2025-09, to: 2025-10 }'))).toBe(
      's.yaml:2: fleet: required key is missing',
    );
    expect(messageOf(lines(...HEAD, '  - count: 2', '    edition: standard'))).toBe(
      's.yaml:6: fleet[2].name: required key is missing',
    );
  });

  it('words type errors for people, showing what it got', () => {
    const text = lines(
      'name: t',
      'seed: -1',
      'period: { from: 2025-9, to: 2025-10 }',
      'fleet:',
      '  - { name: web, count: 1.5, cores: 0, secureBoot: "true" }',
      '  - { name: db, count: many, cores: 2000 }',
      'azure: { subscription: not-a-guid, resourceGroup: "a b" }',
      'description: [a, b]',
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:2: seed: expected at least 0',
        's.yaml:3: period.from: expected a month written YYYY-MM',
        's.yaml:5: fleet[0].count: expected an integer, got 1.5',
        's.yaml:5: fleet[0].secureBoot: expected true or false, got "true"',
        's.yaml:5: fleet[0].cores: expected at least 1',
        's.yaml:6: fleet[1].count: expected an integer, got "many"',
        's.yaml:6: fleet[1].cores: expected at most 1024',
        's.yaml:7: azure.subscription: expected a GUID such as 00000000-0000-0000-0000-000000000000',
        's.yaml:7: azure.resourceGroup: expected text matching /^[\\w\\-.()]{1,90}$/',
        's.yaml:8: description: expected a string, got a list',
      ].join('\n'),
    );
  });

  it('explains the event rules: targets, one action, confirm only with run', () => {
    const text = lines(
      ...HEAD,
      'events:',
      '  - at: 2025-10-01', // 7
      '    machines: web',
      '    restart: false',
      '  - { at: 2025-10-02, machines: [], install: KB5070881, restart: true }', // 10
      '  - { at: 2025-10-03, machines: all, hotpatch: enable, confirm: true }', // 11
      '  - { at: "2025-10-04T24:00", machines: [""], fault: arc-disconnect }', // 12
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:8: events[0].machines: expected "all" or a list, got "web"',
        's.yaml:9: events[0].restart: expected true',
        's.yaml:10: events[1].machines: expected at least 1 item',
        's.yaml:10: events[1]: expected exactly one of install, run, restart, hotpatch, playbook, fault; got install, restart',
        's.yaml:11: events[2].confirm: confirm applies only to a run event',
        's.yaml:12: events[3].at: expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (UTC)',
        's.yaml:12: events[3].machines[0]: expected a non-empty string',
      ].join('\n'),
    );
  });

  it('rejects a date that has the right shape but is not on the calendar', () => {
    const at = (value: string) =>
      lines(...HEAD, 'events:', `  - { at: "${value}", machines: all, restart: true }`);
    expect(messageOf(at('2025-02-29'))).toBe(
      's.yaml:7: events[0].at: expected a day that exists in that month',
    );
    expect(messageOf(at('2025-13-01'))).toBe(
      's.yaml:7: events[0].at: expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (UTC)',
    );
    const leap = lines('name: t', 'period: { from: 2024-01, to: 2024-03 }', 'fleet: [{ name: web }]');
    const leapDay = `${leap}events: [{ at: "2024-02-29T23:59:59.999Z", machines: all, restart: true }]\n`;
    expect(loadScenario(leapDay, 's.yaml').events[0]?.at).toBe('2024-02-29T23:59:59.999Z');
  });

  it('reads YAML 1.1 boolean look-alikes as strings, which then fail the enum', () => {
    const text = lines(...HEAD, '  - name: app', '    vbs: yes', '    hotpatch: on', '    secureBoot: no');
    expect(messageOf(text)).toBe(
      [
        's.yaml:7: fleet[2].vbs: expected one of disabled | configured | running',
        's.yaml:8: fleet[2].hotpatch: expected one of disabled | enabled',
        's.yaml:9: fleet[2].secureBoot: expected true or false, got "no"',
      ].join('\n'),
    );
  });

  it('reports a document that is not a mapping', () => {
    expect(messageOf('')).toBe('s.yaml: expected a mapping, got null');
    expect(messageOf('- name: t\n')).toBe('s.yaml:1: expected a mapping, got a list');
  });
});
