import type { Shard } from '../shard.js';
import type { PackedReport } from './packed-report.js';

/** What a worker thread is asked to run: a scenario file (read again in the worker) and a slice. */
export interface ShardJob {
  /** The scenario file as the user named it (the report's reproduce line quotes it). */
  readonly file: string;
  readonly catalog?: string;
  readonly seed?: number;
  readonly shard: Shard;
}

/** What a worker answers: its slice's report, or the error that stopped it. */
export type ShardAnswer =
  | { readonly ok: true; readonly report: PackedReport }
  | { readonly ok: false; readonly input: boolean; readonly message: string };
