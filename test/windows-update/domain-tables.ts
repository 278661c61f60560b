/**
 * The two release tables of DOMAIN.md section 5, copied by hand from the document (never from the
 * catalog file), so the tests check the catalog against the domain reference.
 */

/** One row of a DOMAIN.md section 5 table, with the catalog type it stands for. */
export interface DomainRelease {
  readonly kb: string;
  readonly type: 'rtm' | 'hotpatch' | 'baseline' | 'lcu' | 'out-of-band';
  readonly month: string;
  readonly date: string;
  readonly build: string;
  readonly grade: 'DOC' | '3P';
}

const row = (
  month: string,
  type: DomainRelease['type'],
  date: string,
  build: string,
  kb: string,
  grade: DomainRelease['grade'] = 'DOC',
): DomainRelease => ({ kb, type, month, date, build, grade });

/** "Windows Server 2025 hotpatch calendar" (DOC, release-information page). */
export const HOTPATCH_CALENDAR: readonly DomainRelease[] = [
  row('2024-11', 'hotpatch', '2024-11-12', '26100.2240', 'KB5046696'),
  row('2024-12', 'hotpatch', '2024-12-10', '26100.2528', 'KB5048794'),
  row('2025-01', 'baseline', '2025-01-14', '26100.2894', 'KB5050009'),
  row('2025-02', 'hotpatch', '2025-02-11', '26100.3107', 'KB5052105'),
  row('2025-03', 'hotpatch', '2025-03-11', '26100.3403', 'KB5053636'),
  row('2025-04', 'baseline', '2025-04-08', '26100.3775', 'KB5055523'),
  row('2025-05', 'hotpatch', '2025-05-13', '26100.3981', 'KB5058497'),
  row('2025-06', 'hotpatch', '2025-06-10', '26100.4270', 'KB5060841'),
  row('2025-07', 'baseline', '2025-07-08', '26100.4652', 'KB5062553'),
  row('2025-08', 'hotpatch', '2025-08-12', '26100.4851', 'KB5064010'),
  row('2025-09', 'hotpatch', '2025-09-09', '26100.6508', 'KB5065474'),
  row('2025-10', 'baseline', '2025-10-14', '26100.6899', 'KB5066835'),
  row('2025-11', 'hotpatch', '2025-11-11', '26100.7092', 'KB5068966'),
  row('2025-12', 'hotpatch', '2025-12-09', '26100.7392', 'KB5072014'),
  row('2026-01', 'baseline', '2026-01-13', '26100.32230', 'KB5073379'),
  row('2026-02', 'hotpatch', '2026-02-10', '26100.32313', 'KB5075942'),
  row('2026-03', 'hotpatch', '2026-03-10', '26100.32463', 'KB5078736'),
  row('2026-04', 'baseline', '2026-04-14', '26100.32690', 'KB5082063'),
  row('2026-05', 'hotpatch', '2026-05-12', '26100.32772', 'KB5087423'),
  // The unplanned baseline is known only from a third-party copy of the page.
  row('2026-06', 'baseline', '2026-06-09', '26100.32995', 'KB5094125', '3P'),
];

/**
 * "Regular LCUs (what a machine off the hotpatch line gets)" (DOC). "B" rows are the month's LCU,
 * "OOB" rows out-of-band updates; KB5070893 (the WSUS security update of the hotpatch line, dated
 * off Patch Tuesday) is out-of-band too.
 */
export const REGULAR_LCUS: readonly DomainRelease[] = [
  row('2024-11', 'rtm', '2024-11-01', '26100.1742', 'RTM'),
  row('2024-11', 'lcu', '2024-11-12', '26100.2314', 'KB5046617'),
  row('2024-12', 'lcu', '2024-12-10', '26100.2605', 'KB5048667'),
  row('2025-02', 'lcu', '2025-02-11', '26100.3194', 'KB5051987'),
  row('2025-03', 'lcu', '2025-03-11', '26100.3476', 'KB5053598'),
  row('2025-04', 'out-of-band', '2025-04-16', '26100.3781', 'KB5059087'),
  row('2025-05', 'lcu', '2025-05-13', '26100.4061', 'KB5058411'),
  row('2025-05', 'out-of-band', '2025-05-27', '26100.4066', 'KB5061977'),
  row('2025-06', 'lcu', '2025-06-10', '26100.4349', 'KB5060842'),
  row('2025-07', 'out-of-band', '2025-07-13', '26100.4656', 'KB5064489'),
  row('2025-08', 'lcu', '2025-08-12', '26100.4946', 'KB5063878'),
  row('2025-09', 'lcu', '2025-09-09', '26100.6584', 'KB5065426'),
  row('2025-09', 'out-of-band', '2025-09-22', '26100.6588', 'KB5068221'),
  row('2025-10', 'out-of-band', '2025-10-20', '26100.6901', 'KB5070773'),
  row('2025-10', 'out-of-band', '2025-10-23', '26100.6905', 'KB5070881'),
  row('2025-10', 'out-of-band', '2025-10-24', '26100.6905', 'KB5070893'),
  row('2025-11', 'lcu', '2025-11-11', '26100.7171', 'KB5068861'),
  row('2025-11', 'out-of-band', '2025-11-18', '26100.7178', 'KB5072359'),
  row('2025-12', 'lcu', '2025-12-09', '26100.7462', 'KB5072033'),
  row('2026-01', 'out-of-band', '2026-01-17', '26100.32234', 'KB5077793'),
  row('2026-01', 'out-of-band', '2026-01-24', '26100.32236', 'KB5078135'),
  row('2026-02', 'lcu', '2026-02-10', '26100.32370', 'KB5075899'),
  row('2026-03', 'lcu', '2026-03-10', '26100.32522', 'KB5078740'),
  row('2026-04', 'out-of-band', '2026-04-19', '26100.32698', 'KB5091157'),
  row('2026-05', 'lcu', '2026-05-12', '26100.32860', 'KB5087539'),
];

/** Every row of both tables. */
export const ALL_DOMAIN_RELEASES: readonly DomainRelease[] = [...HOTPATCH_CALENDAR, ...REGULAR_LCUS];

/** The build DOMAIN.md gives a KB. */
export function domainBuild(kb: string): string {
  const found = ALL_DOMAIN_RELEASES.find((r) => r.kb === kb);
  if (!found) throw new Error(`DOMAIN.md section 5 has no ${kb}`);
  return found.build;
}

/** The month's "B" LCU in DOMAIN.md's regular LCU table (hotpatch months only). */
export function domainLcu(month: string): DomainRelease | undefined {
  return REGULAR_LCUS.find((r) => r.month === month && r.type === 'lcu');
}
