// The worker behind `importCandidates`: reads the byte ranges of a JSON Lines file it is sent, one at a time,
// checks each record as core does, and hands the good ones over as candidate batches (numbers and small tables,
// moved rather than copied). Rejected lines go back as they are, placed in their range; the main thread places
// them in the file.
import { parentPort, workerData } from 'node:worker_threads';
import type { RejectedRecord } from '@passerelle/core';
import { readJsonLinesEntries } from '@passerelle/core/node';
import { CandidateBatchWriter } from '../profiles/candidate-batch.js';
import type { ImportRange, ImportTask, MainMessage, WorkerMessage } from './import-messages.js';

const port = parentPort;
if (port === null) throw new Error('import-worker runs on a worker thread.');
const task = workerData as ImportTask;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const writer = new CandidateBatchWriter(task.capacity);

function readRange({ range, start, end }: ImportRange): void {
  let rejected: RejectedRecord[] = [];
  const flushRejected = () => {
    if (rejected.length === 0) return;
    post({ type: 'rejected', range, rejected });
    rejected = [];
  };
  const flushBatch = () => {
    const { batch, transfer } = writer.take();
    post({ type: 'batch', range, batch }, transfer);
  };
  const entries = readJsonLinesEntries('candidate', task.path, {
    start,
    end,
    source: task.source,
    // Ranges cannot see each other's ids: the main thread rejects repeats, in the file's order.
    rejectDuplicateIds: false,
    onRejected: (record) => {
      rejected.push(record);
      if (rejected.length >= task.capacity) flushRejected();
    },
  });
  let step = entries.next();
  for (; !step.done; step = entries.next()) {
    const { record, line, index } = step.value;
    writer.add(record, line, index);
    if (writer.full) flushBatch();
  }
  flushRejected();
  if (writer.count > 0) flushBatch();
  post({ type: 'done', range, summary: step.value });
}

port.on('message', (message: MainMessage) => {
  if (message.type === 'stop') port.close();
  else readRange(message);
});
