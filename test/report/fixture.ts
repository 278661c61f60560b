import type { MachineMonth, MonthKind, ReasonCode, Report } from '../../src/report/types.js';

/**
 * A small report built by hand: 3 machines × 3 months, events whose details hold `|`, `,`, `"`,
 * `<script>` and a URL, two assumptions, one passing and one failing expectation.
 */
export function smallReport(): Report {
  return {
    format: 'hotpatch-harness/report@1',
    scenario: 'report-fixture',
    seed: 20251111,
    period: { from: '2025-10', to: '2025-12' },
    assumptions: [
      { knob: 'licenseExpiry', value: 'always', grade: 'ASSUME', doc: 'Licenses expire | always.' },
      { knob: 'pricePerCoreMonth', value: 1.5, grade: 'ASSUME', doc: 'US$ per core per month.' },
    ],
    months: [
      {
        month: '2025-10',
        machines: 3,
        hotpatched: 2,
        restarted: 1,
        restarts: 1,
        reasons: { baseline: 1 },
        billedCores: 0,
        hotpatchCost: 24,
        restartsAvoided: 2,
      },
      {
        month: '2025-11',
        machines: 3,
        hotpatched: 0,
        restarted: 2,
        restarts: 3,
        // Built out of canonical order on purpose.
        reasons: { requested: 1, 'license-expired': 2 },
        billedCores: 0,
        hotpatchCost: 1234.5,
        restartsAvoided: 0,
      },
      {
        month: '2025-12',
        machines: 3,
        hotpatched: 2,
        restarted: 0,
        restarts: 0,
        reasons: {},
        billedCores: 0,
        hotpatchCost: 36,
        restartsAvoided: 2,
      },
    ],
    machines: [
      {
        name: 'web-01',
        months: [
          { month: '2025-10', update: 'KB5066835', kind: 'hotpatch', restarts: 0, reasons: [] },
          {
            month: '2025-11',
            update: 'KB5068861',
            kind: 'lcu',
            restarts: 2,
            reasons: ['license-expired', 'requested'],
          },
          { month: '2025-12', update: 'KB5071000', kind: 'hotpatch', restarts: 0, reasons: [] },
        ],
      },
      {
        name: 'web-02',
        months: [
          { month: '2025-10', update: 'KB5066835', kind: 'hotpatch', restarts: 0, reasons: [] },
          { month: '2025-11', update: 'KB5068861', kind: 'lcu', restarts: 1, reasons: ['license-expired'] },
          { month: '2025-12', update: 'KB5071000', kind: 'hotpatch', restarts: 0, reasons: [] },
        ],
      },
      {
        name: 'sql',
        months: [
          { month: '2025-10', update: 'KB5066836', kind: 'baseline', restarts: 1, reasons: ['baseline'] },
          { month: '2025-11', update: null, kind: 'none', restarts: 0, reasons: [] },
          { month: '2025-12', update: null, kind: 'none', restarts: 0, reasons: [] },
        ],
      },
    ],
    events: [
      { at: '2025-10-14T10:00:00Z', machine: 'sql', type: 'update-installed', detail: 'KB5066836 installed' },
      {
        at: '2025-11-03T22:00:00Z',
        machine: 'web-01',
        type: 'script-output',
        detail: 'Name | Value, "quoted" <script>alert(1)</script>',
      },
      {
        at: '2025-11-03T22:00:01Z',
        machine: 'web-02',
        type: 'script-error',
        detail: 'Get-Item : Cannot find path C:\\Temp, see <a href="https://example.com/x">"docs"</a>',
      },
      { at: '2025-11-12T03:00:00Z', machine: 'web-01', type: 'restart', detail: 'license-expired' },
    ],
    expectations: [
      {
        expect: { month: '2025-10', machine: 'sql', kind: 'baseline' },
        pass: true,
        actual: { kind: 'baseline' },
      },
      {
        expect: { month: '2025-11', machine: 'web-01', restarts: 1, kind: 'lcu' },
        pass: false,
        actual: { restarts: 2, kind: 'lcu' },
      },
    ],
    reproduce: 'npx hotpatch-harness run scenarios/report-fixture.yaml --seed 20251111',
    verdict: 'fail',
  };
}

const KINDS: MonthKind[] = ['hotpatch', 'hotpatch', 'lcu', 'baseline', 'none'];
const REASONS: ReasonCode[] = [
  'baseline',
  'not-enrolled',
  'vbs-not-running',
  'off-baseline',
  'license-expired',
  'requested',
  'update-install',
];

/**
 * A larger report made by formula (no randomness): `machineCount` machines over `monthCount` months
 * from 2025-07, with fleet months that add up from the machine months.
 */
export function syntheticReport(machineCount: number, monthCount: number): Report {
  const months = Array.from({ length: monthCount }, (_, i) => {
    const index = 6 + i;
    return `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  const machines = Array.from({ length: machineCount }, (_, m) => ({
    name: `srv-${String(m + 1).padStart(3, '0')}`,
    months: months.map((month, i): MachineMonth => {
      const kind = i % 3 === 0 ? 'baseline' : (KINDS[(m * 7 + i * 3) % KINDS.length] ?? 'none');
      const restarts = kind === 'baseline' || kind === 'lcu' ? 1 + ((m + i) % 4 === 0 ? 1 : 0) : 0;
      const reasons =
        kind === 'baseline'
          ? (['baseline'] as ReasonCode[])
          : Array.from({ length: restarts }, (_, r) => REASONS[1 + ((m + i + r) % 6)] ?? 'requested');
      return {
        month,
        update:
          kind === 'none' ? null : `KB50${String(70000 + i * 10 + KINDS.indexOf(kind)).padStart(5, '0')}`,
        kind,
        restarts,
        reasons: restarts > 0 ? reasons.slice(0, Math.max(1, restarts)) : [],
      };
    }),
  }));
  const fleet = months.map((month, i) => {
    const entries = machines.map((machine) => machine.months[i] as MachineMonth);
    const reasons: Partial<Record<ReasonCode, number>> = {};
    let restarts = 0;
    for (const entry of entries) {
      restarts += entry.restarts;
      // One reason per restart; a baseline month's second restart is also 'baseline'.
      for (let r = 0; r < entry.restarts; r++) {
        const reason = entry.reasons[r] ?? entry.reasons[0] ?? 'requested';
        reasons[reason] = (reasons[reason] ?? 0) + 1;
      }
    }
    const hotpatched = entries.filter((entry) => entry.kind === 'hotpatch').length;
    return {
      month,
      machines: entries.length,
      hotpatched,
      restarted: entries.filter((entry) => entry.restarts > 0).length,
      restarts,
      reasons,
      billedCores: entries.filter((entry) => entry.kind !== 'none').length * 8,
      hotpatchCost: entries.filter((entry) => entry.kind !== 'none').length * 8 * 1.5,
      restartsAvoided: hotpatched,
    };
  });
  const events = machines.flatMap((machine, m) =>
    machine.months
      .filter((entry) => entry.restarts > 0)
      .map((entry) => ({
        at: `${entry.month}-${String(10 + (m % 9)).padStart(2, '0')}T03:00:00Z`,
        machine: machine.name,
        type: 'restart' as const,
        detail: entry.reasons.join(', '),
      })),
  );
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    ...smallReport(),
    scenario: 'synthetic-fleet',
    period: { from: months[0] ?? '2025-07', to: months[months.length - 1] ?? '2025-07' },
    months: fleet,
    machines,
    events,
  };
}

/** A deep copy of a value whose object keys appear in reverse order, to catch order dependence. */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([key, inner]) => [key, reverseKeys(inner)])) as T;
  }
  return value;
}
