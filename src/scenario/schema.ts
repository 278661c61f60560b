import { z } from 'zod';
import { daysInMonth } from './calendar.js';
import { KNOBS } from './knobs.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// Month 01-12, day 01-31, hour 00-23, minute and second 00-59; `dayExists` then rejects 2025-02-30.
const AT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?Z?)?$/;
const KB = /^KB\d{6,8}$|^SYNTHETIC-[A-Z0-9-]+$/;

/** Whether the `YYYY-MM-DD` that `at` starts with is a day of the calendar. */
function dayExists(at: string): boolean {
  const [year = 0, month = 0, day = 0] = at.slice(0, 10).split('-').map(Number);
  return day <= daysInMonth(year, month);
}

/** A month, `YYYY-MM`. */
export const monthSchema = z.string().regex(MONTH, 'expected a month written YYYY-MM');

const fleetEntry = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,55}$/i, 'expected letters, digits and hyphens (at most 56)'),
    count: z.int().min(1).max(1_000_000).default(1),
    edition: z.enum(['standard', 'datacenter', 'datacenter-azure-edition']).default('datacenter'),
    installation: z.enum(['core', 'desktop']).default('core'),
    platform: z.enum(['physical', 'hyperv-gen1', 'hyperv-gen2', 'vmware', 'azure']).default('hyperv-gen2'),
    firmware: z.enum(['uefi', 'bios']).optional(),
    secureBoot: z.boolean().optional(),
    vbs: z.enum(['disabled', 'configured', 'running']).default('running'),
    arc: z.enum(['none', 'connected', 'disconnected']).default('connected'),
    hotpatch: z.enum(['disabled', 'enabled']).default('disabled'),
    installed: z.string().regex(KB, 'expected a KB number such as KB5066835').optional(),
    cores: z.int().min(1).max(1024).default(4),
  })
  .describe('A template of identical machines');

const eventEntry = z
  .strictObject({
    at: z
      .string()
      .regex(AT, 'expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (UTC)')
      // Only when the pattern matched, so a malformed value gets one issue, not two.
      .refine((at) => !AT.test(at) || dayExists(at), 'expected a day that exists in that month'),
    machines: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]),
    install: z.string().regex(KB, 'expected a KB number such as KB5070881').optional(),
    run: z.string().min(1).optional(),
    confirm: z.boolean().optional(),
    restart: z.literal(true).optional(),
    hotpatch: z.enum(['enable', 'disable']).optional(),
    playbook: z
      .enum(['enable-hotpatch', 'october-2025-workaround-option-1', 'october-2025-workaround-option-2'])
      .optional(),
    fault: z.enum(['arc-disconnect', 'arc-reconnect', 'himds-stop', 'restart-fails']).optional(),
  })
  .superRefine((event, ctx) => {
    const actions = (['install', 'run', 'restart', 'hotpatch', 'playbook', 'fault'] as const).filter(
      (key) => event[key] !== undefined,
    );
    if (actions.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `expected exactly one of install, run, restart, hotpatch, playbook, fault; got ${actions.length === 0 ? 'none' : actions.join(', ')}`,
      });
    }
    if (event.confirm !== undefined && event.run === undefined) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'confirm applies only to a run event' });
    }
  });

const expectEntry = z.strictObject({
  month: monthSchema,
  machine: z.string().min(1),
  restarts: z.int().min(0).optional(),
  kind: z.enum(['hotpatch', 'baseline', 'lcu', 'none']).optional(),
  update: z.union([z.string().regex(KB), z.null()]).optional(),
  reasons: z.array(z.string()).optional(),
});

/** Scenario format v1 (DESIGN.md): the public contract. Unknown keys are errors. */
export const scenarioSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens'),
  description: z.string().optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 53 - 1)
    .default(1),
  period: z.strictObject({ from: monthSchema, to: monthSchema }),
  knobs: z
    .strictObject({
      licenseExpiry: z.enum(KNOBS.licenseExpiry.values).optional(),
      pricePerCoreMonth: z.number().min(0).optional(),
      disconnectedLicense: z.enum(KNOBS.disconnectedLicense.values).optional(),
      licenseMutex: z.enum(KNOBS.licenseMutex.values).optional(),
    })
    .default({}),
  azure: z
    .strictObject({
      subscription: z.guid().default('00000000-0000-0000-0000-000000000000'),
      resourceGroup: z
        .string()
        .regex(/^[\w\-.()]{1,90}$/)
        .default('hotpatch-fleet'),
      location: z.string().min(1).default('westeurope'),
    })
    .default({
      subscription: '00000000-0000-0000-0000-000000000000',
      resourceGroup: 'hotpatch-fleet',
      location: 'westeurope',
    }),
  updates: z
    .strictObject({
      mode: z.enum(['automatic', 'manual']).default('automatic'),
      catalog: z.string().min(1).optional(),
    })
    .default({ mode: 'automatic' }),
  fleet: z.array(fleetEntry).min(1),
  events: z.array(eventEntry).default([]),
  expect: z.array(expectEntry).default([]),
});

/** A scenario as written (input) and after defaults (output). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type FleetEntry = Scenario['fleet'][number];
export type ScenarioEvent = Scenario['events'][number];
export type Expectation = Scenario['expect'][number];
