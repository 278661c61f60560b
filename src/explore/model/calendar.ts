/**
 * The releases the model knows, from DOMAIN.md section 5's tables, written out here rather than
 * read from the engine's catalog: the model must not share the emulator's data or code.
 */
export interface ModelRelease {
  readonly kb: string;
  readonly date: string;
  /** `line`: keeps the machine on the hotpatch line (DOMAIN.md 6A: KB5070893). */
  readonly type: 'baseline' | 'hotpatch' | 'lcu' | 'out-of-band' | 'line';
}

/** October 2025 to April 2026, the span the model-based runs cover. */
export const RELEASES: readonly ModelRelease[] = [
  { kb: 'KB5066835', date: '2025-10-14', type: 'baseline' },
  { kb: 'KB5070881', date: '2025-10-23', type: 'out-of-band' },
  { kb: 'KB5070893', date: '2025-10-24', type: 'line' },
  { kb: 'KB5068966', date: '2025-11-11', type: 'hotpatch' },
  { kb: 'KB5068861', date: '2025-11-11', type: 'lcu' },
  { kb: 'KB5072014', date: '2025-12-09', type: 'hotpatch' },
  { kb: 'KB5072033', date: '2025-12-09', type: 'lcu' },
  { kb: 'KB5073379', date: '2026-01-13', type: 'baseline' },
  { kb: 'KB5075942', date: '2026-02-10', type: 'hotpatch' },
  { kb: 'KB5075899', date: '2026-02-10', type: 'lcu' },
  { kb: 'KB5078736', date: '2026-03-10', type: 'hotpatch' },
  { kb: 'KB5078740', date: '2026-03-10', type: 'lcu' },
  { kb: 'KB5082063', date: '2026-04-14', type: 'baseline' },
];

/** A Patch Tuesday: its baseline, or its hotpatch and LCU. */
export interface ModelMonth {
  readonly date: string;
  readonly baseline?: string;
  readonly hotpatch?: string;
  readonly lcu?: string;
}

/** The Patch Tuesdays after the October 2025 baseline, in order. */
export const MONTHS: readonly ModelMonth[] = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
].map((month) => {
  const of = (type: ModelRelease['type']) =>
    RELEASES.find((r) => r.date.startsWith(month) && r.type === type)?.kb;
  const date = RELEASES.find((r) => r.date.startsWith(month))?.date ?? '';
  const baseline = of('baseline');
  return baseline ? { date, baseline } : { date, hotpatch: of('hotpatch') ?? '', lcu: of('lcu') ?? '' };
});

/** A release of the model's table; throws for one it does not know. */
export function release(kb: string): ModelRelease {
  const found = RELEASES.find((r) => r.kb === kb);
  if (!found) throw new Error(`the model knows no ${kb}`);
  return found;
}
