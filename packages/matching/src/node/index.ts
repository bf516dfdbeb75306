/**
 * `@passerelle/matching/node`: what needs Node.js (the main entry stays browser-safe). Imports a JSON Lines file of
 * candidates into an index on worker threads.
 *
 * @packageDocumentation
 */
export { importCandidates } from './import-candidates.js';
export type { CandidateImportOptions, CandidateImport } from './import-candidates.js';
