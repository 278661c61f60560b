import { describe, expect, it } from 'vitest';
import { Ledger, monthOf } from '../../src/engine/ledger.js';

const at = (iso: string) => Date.parse(iso);

describe('monthOf', () => {
  it('is the UTC month of an instant', () => {
    expect(monthOf(at('2025-11-30T23:59:59.999Z'))).toBe('2025-11');
    expect(monthOf(at('2025-12-01T00:00:00Z'))).toBe('2025-12');
  });
});

describe('Ledger', () => {
  it('DESIGN: a month with no release is update null, kind none, no restarts', () => {
    expect(new Ledger(['2025-10', '2025-11']).machineMonths('m')).toEqual([
      { month: '2025-10', update: null, kind: 'none', restarts: 0, reasons: [] },
      { month: '2025-11', update: null, kind: 'none', restarts: 0, reasons: [] },
    ]);
  });

  it('DESIGN: restarts counts every restart of the month; each reason is listed once', () => {
    const ledger = new Ledger(['2025-11']);
    ledger.restart(at('2025-11-03T00:00Z'), 'm', 'requested');
    ledger.restart(at('2025-11-05T00:00Z'), 'm', 'requested');
    ledger.restart(at('2025-11-11T18:00Z'), 'm', 'license-expired');
    expect(ledger.machineMonths('m')[0]).toMatchObject({
      restarts: 3,
      reasons: ['requested', 'license-expired'],
    });
  });

  it('DESIGN: the fleet’s restarts by reason, counted per restart across machines, reasons in alphabetical order', () => {
    const ledger = new Ledger(['2025-11']);
    ledger.restart(at('2025-11-03T00:00Z'), 'a', 'requested');
    ledger.restart(at('2025-11-11T18:00Z'), 'a', 'license-expired');
    ledger.restart(at('2025-11-11T18:00Z'), 'b', 'license-expired');
    const reasons = ledger.restartsByReason('2025-11');
    expect(reasons).toEqual({ 'license-expired': 2, requested: 1 });
    expect(Object.keys(reasons)).toEqual(['license-expired', 'requested']);
    expect(ledger.restartsByReason('2025-12')).toEqual({});
  });

  it('DESIGN: an LCU month records the update, its kind and every reason it was not the hotpatch', () => {
    const ledger = new Ledger(['2025-12']);
    ledger.patchTuesday(at('2025-12-09T18:00Z'), 'm', 'KB5072033', 'lcu', [
      'license-expired',
      'off-baseline',
    ]);
    ledger.restart(at('2025-12-09T18:00Z'), 'm', 'license-expired');
    expect(ledger.machineMonths('m')).toEqual([
      {
        month: '2025-12',
        update: 'KB5072033',
        kind: 'lcu',
        restarts: 1,
        reasons: ['license-expired', 'off-baseline'],
      },
    ]);
  });

  it('ignores what happens outside the period, but keeps it in the event log', () => {
    const ledger = new Ledger(['2025-11']);
    ledger.restart(at('2025-12-01T00:00Z'), 'm', 'requested');
    ledger.patchTuesday(at('2025-12-09T18:00Z'), 'm', 'KB5072014', 'hotpatch');
    ledger.log(at('2025-12-01T00:00Z'), 'm', 'restart', 'requested');
    expect(ledger.machineMonths('m')[0]).toMatchObject({ kind: 'none', restarts: 0 });
    expect(ledger.restartsByReason('2025-12')).toEqual({});
    expect(ledger.events).toEqual([
      { at: '2025-12-01T00:00:00.000Z', machine: 'm', type: 'restart', detail: 'requested' },
    ]);
  });
});
