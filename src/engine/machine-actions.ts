import { innerMap } from '../../simulators/shared/inner-map.js';
import type { Release } from '../../simulators/windows-update/index.js';
import type { ReasonCode } from '../report/types.js';
import type { FleetMachine } from './fleet-machine.js';
import { reconcile } from './licensing.js';
import type { World } from './world.js';

/**
 * Restarts a machine for a reason, unless the restart-fails fault is armed: then the attempt fails,
 * nothing that waits for a boot takes effect, and the next restart tries again.
 */
export function restartMachine(world: World, fm: FleetMachine, reason: ReasonCode): boolean {
  const now = world.clock.now();
  if (fm.restartFailsNext) {
    fm.restartFailsNext = false;
    world.ledger.log(now, fm.name, 'fault', `restart failed (${reason}); staged updates still pending`);
    return false;
  }
  const record = fm.machine.restart(reason);
  fm.agent?.tick(now);
  world.ledger.restart(now, fm.name, reason);
  world.ledger.log(now, fm.name, 'restart', restartLine(reason, record.applied));
  reconcile(world, fm);
  return true;
}

/** `reason; applied KB, KB`: one string per reason and single update, the lines most restarts log. */
const restartLines = new Map<string, Map<string, string>>();
function restartLine(reason: ReasonCode, applied: readonly string[]): string {
  if (applied.length > 1) return `${reason}; applied ${applied.join(', ')}`;
  const byKb = innerMap(restartLines, reason);
  const kb = applied[0] ?? '';
  let text = byKb.get(kb);
  if (text === undefined) {
    text = applied.length > 0 ? `${reason}; applied ${kb}` : reason;
    byKb.set(kb, text);
  }
  return text;
}

/**
 * Finishes a machine's pending restart, if updates wait for one: Windows Update does so before it
 * installs anything else (INFER from DOMAIN.md 5: the updates take effect in order, and a hotpatch
 * never comes with a restart). Returns false when the restart failed, the updates still pending.
 */
export function finishPendingRestart(world: World, fm: FleetMachine): boolean {
  if (fm.machine.staged.length === 0) return true;
  return restartMachine(world, fm, 'update-install');
}

/** `KB (type, build; how)note`, made once per release, outcome and note: every machine logs it. */
const installedLines = new WeakMap<Release, Map<string, [string?, string?]>>();
function installedLine(release: Release, staged: boolean, note: string): string {
  const byNote = innerMap(installedLines, release);
  let lines = byNote.get(note);
  if (!lines) {
    lines = [];
    byNote.set(note, lines);
  }
  const i = staged ? 1 : 0;
  const how = staged ? 'restart required' : 'no restart needed';
  lines[i] ??= `${release.kb} (${release.type}, ${release.build}; ${how})${note}`;
  return lines[i];
}

/**
 * Installs an update on a machine now, restarting right after when it needs one (an automatic
 * restart policy, or an operator's install). Returns false when the machine already had it.
 */
export function installUpdate(
  world: World,
  fm: FleetMachine,
  release: Release,
  reason: ReasonCode,
  note = '',
): boolean {
  const now = world.clock.now();
  const result = fm.machine.install({
    kb: release.kb,
    build: release.build,
    restartRequired: release.restartRequired,
  });
  if (result === 'already-installed') return false;
  if (!release.keepsHotpatchLine) fm.lineKb = release.kb;
  world.ledger.log(now, fm.name, 'update-installed', installedLine(release, result === 'staged', note));
  if (result === 'staged') restartMachine(world, fm, reason);
  else reconcile(world, fm);
  return true;
}
