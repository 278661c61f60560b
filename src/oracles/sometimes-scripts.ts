import { type MachineFacts, transitions } from './facts.js';
import type { Sometimes } from './oracle.js';
import { monthsOf } from './report-facts.js';
import { isWorkaroundScript, runsOfScript, scriptRunsOn, workaroundPlaybooksOn } from './script-runs.js';

const any = (machines: ReadonlyMap<string, MachineFacts>, test: (m: MachineFacts) => boolean): boolean =>
  [...machines.values()].some(test);

/** Situations the shipped PowerShell scripts (`run:` events) should reach (DOMAIN.md 2, 6B). */
export const SCRIPT_SOMETIMES: readonly Sometimes[] = [
  {
    id: 'script-workaround-rescued',
    cites: 'DOMAIN.md 6B',
    statement:
      'a workaround script brought an expired license back (its boot read the override) and the machine then got a Nov/Dec 2025 hotpatch',
    fired: (report, scenario, facts) =>
      any(facts.machines, (m) => {
        const scripts = scriptRunsOn(scenario, m.name)
          .filter((r) => isWorkaroundScript(r.script))
          .map((r) => r.at);
        const playbooks = workaroundPlaybooksOn(report, m.name);
        // The rescue is the script's when the last workaround started by then was a script.
        const byScript = (at: number) =>
          Math.max(-Infinity, ...scripts.filter((t) => t <= at)) >
          Math.max(-Infinity, ...playbooks.filter((t) => t <= at));
        return (
          transitions(m).some(
            ([a, b]) => a.licenseExpired && !b.licenseExpired && b.overrideBooted && byScript(b.at),
          ) &&
          monthsOf(report, m.name).some(
            (x) => (x.month === '2025-11' || x.month === '2025-12') && x.kind === 'hotpatch',
          )
        );
      }),
  },
  {
    id: 'script-restart-declined',
    cites: 'DOMAIN.md 6B (option 2: Restart-Computer -Confirm)',
    statement:
      'workaround-option-2.ps1 ran with its restart prompt answered no, and a Patch Tuesday found its override unread while the licensing issue held the machine',
    fired: (_r, scenario, facts) =>
      any(facts.machines, (m) => {
        const declined = runsOfScript(scenario, m.name, 'workaround-option-2.ps1').filter((r) => !r.confirm);
        return [...m.patchTuesdays.values()].some(
          (s) =>
            s.overrideWritten &&
            !s.overrideBooted &&
            s.licensingBlocked &&
            declined.some((r) => r.at < s.at && r.at >= s.bootedAt),
        );
      }),
  },
  {
    id: 'vbs-enabled-by-script',
    cites: 'DOMAIN.md 2',
    statement:
      'enable-vbs.ps1 turned VBS on: it ran at status 0 or 1 and VBS ran after the restart it asked for',
    fired: (_r, scenario, facts) =>
      any(facts.machines, (m) => {
        const runs = runsOfScript(scenario, m.name, 'enable-vbs.ps1');
        return transitions(m).some(
          ([a, b]) => a.vbsStatus !== 2 && b.vbsStatus === 2 && runs.some((r) => r.at === b.at),
        );
      }),
  },
];
