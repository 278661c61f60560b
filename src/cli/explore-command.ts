import { randomInt } from 'node:crypto';
import { explore } from '../explore/explore.js';
import type { KnownIssue } from '../explore/known-issue.js';
import { KNOWN_ISSUES } from '../explore/known-issues.js';
import type { SetupOptions } from '../explore/setup.js';
import type { ExploreSummary } from '../explore/summary.js';
import { EXIT, InputError } from './exit-codes.js';

/** `explore`'s flags as commander hands them over (strings, each optional). */
export interface ExploreFlags {
  readonly runs?: string;
  readonly seed?: string;
  readonly minutes?: string;
  readonly out?: string;
}

/** Options of `hotpatch-harness explore`. */
export interface ExploreCommandOptions {
  readonly runs: number;
  /** Absent: a fresh seed, printed so that the exploration can be repeated. */
  readonly seed?: number;
  readonly minutes?: number;
  readonly out: string;
  /** Bugs already reported, quarantined and listed (default: KNOWN_ISSUES). */
  readonly known?: readonly KnownIssue[];
  readonly onProgress?: (done: number, total: number) => void;
  /** Planted variants (a catalog, rules, playbooks, oracles), for tests of the command itself. */
  readonly setup?: Omit<SetupOptions, 'known'>;
}

const number = (flag: string, text: string, pattern: RegExp, expected: string): number => {
  if (!pattern.test(text)) throw new InputError(`--${flag}: expected ${expected}, got "${text}"`);
  return Number(text);
};

/** Checks `explore [--runs N] [--seed S] [--minutes M] [--out DIR]`; bad flags are input errors (exit 2). */
export function parseExploreFlags(flags: ExploreFlags): ExploreCommandOptions {
  return {
    runs:
      flags.runs === undefined ? 1000 : number('runs', flags.runs, /^[1-9]\d{0,8}$/, 'a positive integer'),
    ...(flags.seed === undefined
      ? {}
      : { seed: number('seed', flags.seed, /^\d{1,10}$/, 'a non-negative integer') }),
    ...(flags.minutes === undefined
      ? {}
      : { minutes: number('minutes', flags.minutes, /^(\d+(\.\d+)?|\.\d+)$/, 'a number of minutes') }),
    out: flags.out ?? 'reports/explore',
  };
}

/** The summary as the command prints it. */
export function summaryLines(s: ExploreSummary): string[] {
  const seconds = (s.durationMs / 1000).toFixed(1);
  const lines = [
    `explore: seed ${s.seed}, ${s.runs} scenarios (${s.machineMonths} machine-months) in ${seconds} s${s.interrupted ? ' (time limit reached)' : ''}`,
  ];
  const failed = s.oracles.filter((o) => o.violations > 0);
  lines.push(`oracles: ${s.oracles.length - failed.length} of ${s.oracles.length} held`);
  for (const o of s.oracles) lines.push(`  ${o.violations > 0 ? 'FAILED' : 'held  '} ${o.id} (${o.cites})`);
  const fired = s.coverage.filter((c) => c.fired > 0).length;
  lines.push(`coverage: ${fired} of ${s.coverage.length} sometimes properties fired`);
  for (const c of s.coverage) lines.push(`  ${String(c.fired).padStart(6)}  ${c.id}`);
  lines.push(`unexercised: ${s.unexercised.length > 0 ? s.unexercised.join(', ') : 'none'}`);
  for (const k of s.known) lines.push(`known issue (quarantined, not fixed): ${k.id}, hit in ${k.runs} runs`);
  const f = s.failure;
  if (f) {
    lines.push(`FAIL: ${f.oracle} (${f.cites}), shrunk to ${f.machines} machine(s) and ${f.events} event(s)`);
    for (const v of f.violations)
      lines.push(`  ${[v.machine, v.month, v.message].filter(Boolean).join(' ')}`);
    lines.push(`counterexample: ${f.file}`);
    lines.push(`replay: ${f.replay}`);
    lines.push(`re-explore: ${f.reexplore} (fast-check seed ${f.seed}, path "${f.path}")`);
  } else {
    lines.push(`pass: reproduce with npx hotpatch-harness explore --seed ${s.seed} --runs ${s.runs}`);
  }
  return lines;
}

/**
 * `hotpatch-harness explore`: property-based exploration of generated fleets and timelines. Prints
 * the summary and, on a failure, the one command that replays the counterexample; returns the exit
 * code (0 every oracle held, 1 one failed).
 */
export async function exploreCommand(
  options: ExploreCommandOptions,
  out: (line: string) => void = console.log,
): Promise<number> {
  // A fresh seed when none is given: exploring is searching; the seed printed makes it repeatable.
  const seed = options.seed ?? randomInt(2 ** 31 - 1);
  const summary = await explore({
    ...options.setup,
    runs: options.runs,
    seed,
    out: options.out,
    known: options.known ?? KNOWN_ISSUES,
    ...(options.minutes === undefined ? {} : { minutes: options.minutes }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  for (const line of summaryLines(summary)) out(line);
  return summary.passed ? EXIT.ok : EXIT.expectFailed;
}
