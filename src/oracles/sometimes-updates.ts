import { type MachineFacts, transitions } from './facts.js';
import type { Sometimes } from './oracle.js';
import { monthsOf } from './report-facts.js';

const any = (machines: ReadonlyMap<string, MachineFacts>, test: (m: MachineFacts) => boolean): boolean =>
  [...machines.values()].some(test);

/** Update-cycle, VBS and fault situations an exploration should reach (DOMAIN.md 2, 5, 6A). */
export const UPDATE_SOMETIMES: readonly Sometimes[] = [
  {
    id: 'off-line-until-baseline',
    cites: 'DOMAIN.md 5',
    statement: 'a machine off the hotpatch line restarted for off-baseline, then took a baseline',
    fired: (report) =>
      report.machines.some(({ months }) => {
        const off = months.findIndex((m) => m.kind === 'lcu' && m.reasons.includes('off-baseline'));
        return off >= 0 && months.slice(off + 1).some((m) => m.kind === 'baseline');
      }),
  },
  {
    id: 'kb5070881-held',
    cites: 'DOMAIN.md 6A',
    statement: 'a machine that took KB5070881 got the November 2025 LCU instead of the hotpatch',
    fired: (report, _s, facts) =>
      any(
        facts.machines,
        (m) =>
          (m.startKb === 'KB5070881' || m.installed.some((u) => u.kb === 'KB5070881')) &&
          monthsOf(report, m.name).some((x) => x.month === '2025-11' && x.kind === 'lcu'),
      ),
  },
  {
    id: 'exact-update-hotpatch',
    cites: 'DOMAIN.md 6A',
    statement: 'a machine on KB5070893 got the November 2025 hotpatch',
    fired: (report, _s, facts) =>
      any(
        facts.machines,
        (m) =>
          m.patchTuesdays.get('2025-11')?.kb === 'KB5070893' &&
          monthsOf(report, m.name).some((x) => x.month === '2025-11' && x.kind === 'hotpatch'),
      ),
  },
  {
    id: 'azure-edition-hotpatch',
    cites: 'DOMAIN.md 1',
    statement: 'an Azure Edition machine got a hotpatch',
    fired: (report, _s, facts) =>
      any(
        facts.machines,
        (m) => m.azureEdition && monthsOf(report, m.name).some((x) => x.kind === 'hotpatch'),
      ),
  },
  {
    id: 'hotpatch-month-restart',
    cites: 'DOMAIN.md 5',
    statement: 'a machine took the hotpatch of a month and still restarted that month for another reason',
    fired: (report) =>
      report.machines.some(({ months }) => months.some((m) => m.kind === 'hotpatch' && m.restarts > 0)),
  },
  {
    id: 'vbs-turned-on',
    cites: 'DOMAIN.md 2',
    statement: 'VBS started running at a restart',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) => transitions(m).some(([a, b]) => a.vbsStatus !== 2 && b.vbsStatus === 2)),
  },
  {
    id: 'restart-failed',
    cites: 'README faults: restart-fails',
    statement: 'a restart attempt failed and left its work pending',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) =>
        transitions(m).some(
          ([a, b]) => a.restartFailsArmed && !b.restartFailsArmed && a.restarts === b.restarts,
        ),
      ),
  },
  {
    id: 'hotpatch-disabled',
    cites: 'DOMAIN.md 3',
    statement: 'an enrolled machine was disenrolled',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) =>
        transitions(m).some(([a, b]) => a.hotpatch === 'Disabling' && b.hotpatch === 'Disabled'),
      ),
  },
  {
    id: 'synthetic-month',
    cites: 'DOMAIN.md 5 (planned cycle)',
    statement: 'a run reached the synthetic months past the known calendar',
    fired: (report) =>
      report.machines.some(({ months }) => months.some((m) => m.update?.startsWith('SYNTHETIC-'))),
  },
];
