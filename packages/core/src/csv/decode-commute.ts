import { cellFailure, cellValue, type CellResult } from './cell-result.js';
import { decodeTransportMode } from './code-decoders.js';
import { LIST_SEPARATORS, decodeList } from './decode-list.js';
import { decodeNumber, formatNumber } from './decode-number.js';

/** A commute limit, as read from a cell (bounds are checked by the model). */
export interface CommuteLimitCell {
  readonly mode: string;
  readonly maxMinutes?: number;
  readonly maxKm?: number;
}

/** A range of weekly hours, as read from a cell. */
export interface HoursRangeCell {
  readonly min: number;
  readonly max: number;
}

const COMMUTE_FORMAT = 'mode:45min, mode:8km, mode:20min:2km';
const HOURS_FORMAT = '20-38, 38';
const LIMIT = /^(.+?)\s*(min|mn|minutes?|km|kms)$/i;
// Between the bounds: a dash, or a word (`20 à 38`, `20 to 38`, `20 tot 38`).
const RANGE_SEPARATOR = /[-–—]|\s(?:à|a|to|tot)\s/gi;
const HOURS_SUFFIX = /\s*h(?:eures?|ours?|rs?|uur)?$/i;

/** Reads the limits after the mode (`45min`, `8km`), each unit at most once. */
function readLimits(limits: readonly string[]): { maxMinutes?: number; maxKm?: number } | undefined {
  const result: { maxMinutes?: number; maxKm?: number } = {};
  for (const limit of limits) {
    const match = LIMIT.exec(limit.trim());
    const amount = match ? decodeNumber(match[1] ?? '') : undefined;
    if (!match || !amount?.ok || amount.value === undefined) return undefined;
    const key = (match[2] ?? '').toLowerCase().startsWith('k') ? 'maxKm' : 'maxMinutes';
    if (result[key] !== undefined) return undefined;
    result[key] = amount.value;
  }
  return result;
}

/**
 * Decodes one commute item `mode:limit[:limit]`, each limit a number of minutes (`45min`) or kilometres
 * (`8km`, `7,5km`): `car:45min`, `public_transport:60min`, `bike:8km`, `walk:20min:2km`. The mode may be a
 * label (`voiture`, `TEC`, `vélo`, `à pied`).
 */
export function decodeCommuteLimit(item: string): CellResult<CommuteLimitCell | undefined> {
  const text = item.trim();
  const [modeText = '', ...limits] = text.split(':');
  const mode = decodeTransportMode(modeText);
  if (!mode.ok) return { ...mode, value: text };
  const read = limits.length >= 1 && limits.length <= 2 ? readLimits(limits) : undefined;
  if (mode.value === undefined || read === undefined) {
    return cellFailure('invalid_cell', text, { expected: COMMUTE_FORMAT });
  }
  return cellValue({ mode: mode.value, ...read });
}

/** Decodes commute limits: `car:45min|public_transport:60min|bike:8km|walk:20min:2km`. */
export const decodeCommute = (cell: string): CellResult<CommuteLimitCell[]> =>
  decodeList(cell, decodeCommuteLimit, LIST_SEPARATORS);

/** Reads one bound of an hours range: `38`, `19,5`, `38h`. */
function readHours(text: string): number | undefined {
  const result = decodeNumber(text.trim().replace(HOURS_SUFFIX, ''));
  return result.ok ? result.value : undefined;
}

/**
 * Decodes weekly hours: a range `20-38` (also `20 - 38`, `20–38`, `20 à 38`, `19,5-38`) or one figure `38`
 * for a fixed regime (min = max). Empty: `undefined`. Fails with `invalid_cell`.
 */
export function decodeHours(cell: string): CellResult<HoursRangeCell | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const single = readHours(text);
  if (single !== undefined) return cellValue({ min: single, max: single });
  // Every separator is tried, so that a sign or an exponent (`-0-38`, `1e-7-38`) is not taken for one.
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const min = readHours(text.slice(0, separator.index));
    const max = readHours(text.slice(separator.index + separator[0].length));
    if (min !== undefined && max !== undefined) return cellValue({ min, max });
  }
  return cellFailure('invalid_cell', text, { expected: HOURS_FORMAT });
}

/** Writes commute limits as `car:45min|bike:8km`. */
export function encodeCommute(limits: readonly CommuteLimitCell[], decimalComma: boolean): string {
  return limits
    .map(({ mode, maxMinutes, maxKm }) => {
      const minutes = maxMinutes !== undefined ? `:${formatNumber(maxMinutes, decimalComma)}min` : '';
      const km = maxKm !== undefined ? `:${formatNumber(maxKm, decimalComma)}km` : '';
      return `${mode}${minutes}${km}`;
    })
    .join('|');
}

/** Writes weekly hours as `20-38`, or `38` when min = max. */
export function encodeHours(range: HoursRangeCell, decimalComma: boolean): string {
  const min = formatNumber(range.min, decimalComma);
  return range.min === range.max && Object.is(range.min, range.max)
    ? min
    : `${min}-${formatNumber(range.max, decimalComma)}`;
}
