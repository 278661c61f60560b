import { release } from './calendar.js';

/**
 * The abstract model of one machine's hotpatch eligibility (DOMAIN.md 1-6, with the knobs at
 * licenseExpiry always, disconnectedLicense kept, licenseMutex present), written from the domain
 * rules and independently of the engine: on-line?, VBS?, enrolled?, licensed?, on the line?
 */
export interface ModelState {
  now: number;
  readonly azureEdition: boolean;
  readonly arcAgent: boolean;
  readonly canRunVbs: boolean;
  networkUp: boolean;
  himdsRunning: boolean;
  /**
   * Azure's view of the agent (DOMAIN.md 4, heartbeats.ts): heartbeats fall on himds's start plus
   * whole intervals; the last one Azure received; the status it shows; the instant all that is at.
   */
  hbPhase: number;
  lastHeartbeat: number | undefined;
  azure: 'Connected' | 'Disconnected';
  hbAt: number;
  /** When the machine last booted; whether the agent last saw himds running (it looks after each action). */
  bootedAt: number;
  agentSawHimds: boolean;
  /** VBS asked for in the registry, and as the last boot read it (settings apply at a boot, DOMAIN.md 2). */
  vbsConfigured: boolean;
  vbsBooted: boolean;
  enrollment: 'Disabled' | 'Enabling' | 'Enabled' | 'Disabling' | 'Failed';
  requestedAt: number | undefined;
  /** The machine's `licenseProfiles/default` exists in Azure; a DELETE waits for it to disable, then it goes (DOMAIN.md 3). */
  profile: boolean;
  deleting: boolean;
  kb: string;
  staged: string[];
  /** The baseline the machine's line descends from, and whether an update took it off (DOMAIN.md 5). */
  baseline: string;
  offLine: boolean;
  restartFailsNext: boolean;
  overrideWritten: boolean;
  overrideBooted: boolean;
  mutexPresent: boolean;
  issueSeen: boolean;
  licenseExpired: boolean;
}

/** Enabling takes about ten minutes (DOMAIN.md 3). */
export const ENROLLMENT_MS = 10 * 60_000;

/** The agent heartbeats: installed, network up, himds running (DOMAIN.md 4). */
export const online = (s: ModelState): boolean => s.arcAgent && s.networkUp && s.himdsRunning;

/** VBS runs: the last boot asked for it and the hardware can (DOMAIN.md 1, 2). */
export const vbsRunning = (s: ModelState): boolean => s.vbsBooted && s.canRunVbs;

/** VirtualizationBasedSecurityStatus: 2 running, 1 asked for at the last boot but not running, 0 not enabled (DOMAIN.md 2). */
export const vbsStatus = (s: ModelState): 0 | 1 | 2 => (vbsRunning(s) ? 2 : s.vbsBooted ? 1 : 0);

/** The October 2025 licensing issue applies: not Azure Edition, KB5066835 or later, before the January 2026 baseline (6B). */
export function issueApplies(s: ModelState): boolean {
  const date = release(s.kb).date;
  return !s.azureEdition && date >= '2025-10-14' && date < '2026-01-13';
}

/** The issue holds the machine: it applies and no workaround is in effect (override read at a boot, mutex gone). */
export const blocked = (s: ModelState): boolean => issueApplies(s) && !(s.overrideBooted && !s.mutexPresent);

/** Enrolled: Azure Edition, or an Enabled license profile (disconnected machines keep it: knob kept). */
export const enrolled = (s: ModelState): boolean => s.azureEdition || s.enrollment === 'Enabled';

/** Would this machine take the hotpatch of a month whose latest baseline is `baseline`? (DOMAIN.md 5, 6) */
export function eligible(s: ModelState, baseline: string): boolean {
  return enrolled(s) && vbsRunning(s) && !s.licenseExpired && !s.offLine && s.baseline === baseline;
}
