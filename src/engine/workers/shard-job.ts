import type { Shard } from '../shard.js';
import type { PackedReport } from './packed-report.js';

/** What a worker thread is asked to run: a scenario file (read again in the worker) and a slice. */
export interface ShardJob {
  /** The scenario file as the user named it (the report's reproduce line quotes it). */
  readonly file: string;
  readonly catalog?: string;
  readonly seed?: number;
  readonly shard: Shard;
  /** Batches the slice runs in: every worker of a run the same, so that all batches are slices of one count. */
  readonly batches: number;
}

/**
 * What a worker sends: each batch's report as soon as it is done, then `done`; or the error that
 * stopped it.
 */
export type ShardMessage =
  | { readonly kind: 'batch'; readonly report: PackedReport }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly input: boolean; readonly message: string };
