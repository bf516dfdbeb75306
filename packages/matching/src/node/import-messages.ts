import type { RejectedRecord } from '@passerelle/core';
import type { JsonLinesSummary } from '@passerelle/core/node';
import type { CandidateBatch } from '../profiles/candidate-batch.js';

/** What every import worker is given when it starts. */
export interface ImportTask {
  readonly path: string;
  readonly source: string;
  /** Candidates per batch. */
  readonly capacity: number;
}

/** A byte range of the file for a worker to read: the lines that begin in [start, end). */
export interface ImportRange {
  readonly range: number;
  readonly start: number;
  readonly end: number;
}

/** What the main thread sends a worker: a range to read, or nothing more to do. */
export type MainMessage = ({ readonly type: 'read' } & ImportRange) | { readonly type: 'stop' };

/** What an import worker sends back about a range: its batches and rejections as read, then its summary. */
export type WorkerMessage =
  | { readonly type: 'batch'; readonly range: number; readonly batch: CandidateBatch }
  | { readonly type: 'rejected'; readonly range: number; readonly rejected: readonly RejectedRecord[] }
  | { readonly type: 'done'; readonly range: number; readonly summary: JsonLinesSummary };
