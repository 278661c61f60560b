import { fc } from '@fast-check/vitest';
import { machineNames, type ScenarioInput } from '../../src/scenario/index.js';

/** Strings that tempt a YAML writer or reader: 1.1 booleans, nulls, numbers, dates, indicators, line breaks. */
const TRICKY = [
  'yes',
  'no',
  'on',
  'off',
  'null',
  '~',
  'true',
  '0x1F',
  '1e3',
  '.inf',
  '2025-09',
  '- a',
  'a: b',
  '#c',
];
const text = fc.oneof(
  fc.constantFrom(...TRICKY, '', ' lead', 'trail ', 'a\nb', '"q"', "'s'", '{x}', '*ref', '&a', '!tag', '%p'),
  fc.string({ unit: 'grapheme' }),
);
const nonEmpty = text.filter((s) => s.length > 0);
const kb = fc.oneof(fc.stringMatching(/^KB\d{6,8}$/), fc.stringMatching(/^SYNTHETIC-[A-Z0-9-]{1,12}$/));

/** Months as a count from year 0, so a period and the dates inside it are easy to draw. */
const monthText = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
const pad = (n: number) => String(n).padStart(2, '0');

function dateIn(first: number, last: number) {
  const time = fc.tuple(fc.nat(23), fc.nat(59), fc.option(fc.nat(59)), fc.boolean(), fc.boolean());
  return fc
    .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 28 }), fc.option(time))
    .map(([month, day, t]) => {
      const date = `${monthText(month)}-${pad(day)}`;
      if (t === null) return date;
      const [h, m, s, millis, z] = t;
      const seconds = s === null ? '' : `:${pad(s)}${millis ? '.5' : ''}`;
      return `${date}T${pad(h)}:${pad(m)}${seconds}${z ? 'Z' : ''}`;
    });
}

// Plain names (no hyphen) cannot collide with a template's numbered machines; unique ignoring case.
const templateName = fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/).filter((name) => name !== 'all');

const template = (name: string) =>
  fc.record(
    {
      name: fc.constant(name),
      count: fc.integer({ min: 1, max: 120 }),
      edition: fc.constantFrom('standard', 'datacenter', 'datacenter-azure-edition'),
      installation: fc.constantFrom('core', 'desktop'),
      platform: fc.constantFrom('physical', 'hyperv-gen1', 'hyperv-gen2', 'vmware', 'azure'),
      firmware: fc.constantFrom('uefi', 'bios'),
      secureBoot: fc.boolean(),
      vbs: fc.constantFrom('disabled', 'configured', 'running'),
      arc: fc.constantFrom('none', 'connected', 'disconnected'),
      hotpatch: fc.constantFrom('disabled', 'enabled'),
      installed: kb,
      cores: fc.integer({ min: 1, max: 1024 }),
    } as const,
    { requiredKeys: ['name'] },
  );

const action = fc.oneof(
  kb.map((install) => ({ install })),
  fc.record({ run: nonEmpty, confirm: fc.boolean() }, { requiredKeys: ['run'] }),
  fc.constant({ restart: true as const }),
  fc.constantFrom('enable', 'disable').map((hotpatch) => ({ hotpatch })),
  fc
    .constantFrom('enable-hotpatch', 'october-2025-workaround-option-1', 'october-2025-workaround-option-2')
    .map((playbook) => ({ playbook })),
  fc
    .constantFrom('arc-disconnect', 'arc-reconnect', 'himds-stop', 'restart-fails')
    .map((fault) => ({ fault })),
);

function rest(first: number, last: number, fleet: { name: string; count?: number }[]) {
  const machines = fleet.flatMap((t) => machineNames({ name: t.name, count: t.count ?? 1 }));
  const targets = [...new Set(['all', ...machines, ...fleet.map((t) => t.name)])];
  const event = fc
    .record({
      at: dateIn(first, last),
      machines: fc.oneof(fc.constant('all' as const), fc.subarray(targets, { minLength: 1 })),
    })
    .chain((head) => action.map((act) => ({ ...head, ...act })));
  const expectation = fc.record(
    {
      month: fc.integer({ min: first, max: last }).map(monthText),
      machine: fc.constantFrom(...machines),
      restarts: fc.nat(5),
      kind: fc.constantFrom('hotpatch', 'baseline', 'lcu', 'none'),
      update: fc.option(kb),
      reasons: fc.array(text, { maxLength: 3 }),
    } as const,
    { requiredKeys: ['month', 'machine'] },
  );
  return fc.record({
    events: fc.array(event, { maxLength: 4 }),
    expect: fc.array(expectation, { maxLength: 3 }),
  });
}

const head = fc.record(
  {
    name: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    description: text,
    seed: fc.maxSafeNat(),
    knobs: fc.record(
      {
        licenseExpiry: fc.constantFrom('always', 'never', 'random'),
        pricePerCoreMonth: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        disconnectedLicense: fc.constantFrom('kept', 'lost'),
      } as const,
      { requiredKeys: [] },
    ),
    azure: fc.record(
      {
        subscription: fc.uuid(),
        resourceGroup: fc.stringMatching(/^[\w\-.()]{1,90}$/),
        location: nonEmpty,
      },
      { requiredKeys: [] },
    ),
    updates: fc.record(
      { mode: fc.constantFrom('automatic', 'manual'), catalog: nonEmpty },
      { requiredKeys: [] },
    ),
  } as const,
  { requiredKeys: ['name'] },
);

/** A scenario as a person might write it, valid in every respect: only allowed values, names that exist, dates in the period. */
export const scenarioInput: fc.Arbitrary<ScenarioInput> = fc
  .record({
    head,
    first: fc.integer({ min: 2000 * 12, max: 2100 * 12 }),
    span: fc.nat(30),
    names: fc.uniqueArray(templateName, { minLength: 1, maxLength: 4, selector: (n) => n.toLowerCase() }),
  })
  .chain(({ head, first, span, names }) =>
    fc.tuple(...names.map(template)).chain((fleet) =>
      rest(first, first + span, fleet).map(({ events, expect }) => ({
        ...head,
        period: { from: monthText(first), to: monthText(first + span) },
        fleet,
        // Absent and empty lists are both valid; keep some of each.
        ...(events.length > 0 ? { events } : {}),
        ...(expect.length > 0 ? { expect } : {}),
      })),
    ),
  );
