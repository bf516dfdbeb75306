/**
 * `@passerelle/core/node`: reading the user's files from disk in Node.js (the main entry stays free of Node
 * built-ins so that it runs in browsers too).
 *
 * @packageDocumentation
 */
export { importCsvFile } from './csv-files.js';
export {
  readJsonLinesFile,
  readJsonLinesEntries,
  type JsonLinesEntry,
  type JsonLinesReadOptions,
  type JsonLinesSummary,
} from './json-lines-files.js';
export {
  loadEscoCompactFromDirectory,
  loadEscoOfficialFromDirectory,
  ESCO_COMPACT_FILES,
} from './taxonomy-files.js';
export {
  loadBePostcodesFromDirectory,
  loadGeoNamesPostalCodesFile,
  BE_POSTCODES_FILES,
} from './gazetteer-files.js';
