import { cellFailure, cellValue, type CellResult } from './cell-result.js';
import { LIST_SEPARATORS, decodeList } from './decode-list.js';
import { decodeNumber, formatNumber } from './decode-number.js';

/** A skill held, as read from a cell (levels and years are range-checked by the model). */
export interface HeldSkillCell {
  readonly id: string;
  readonly level: number;
  readonly years?: number;
}

/** A skill an offer asks for, as read from a cell. */
export interface SkillRequirementCell {
  readonly id: string;
  readonly minLevel: number;
}

const DIGITS = /^\d+$/;
const HELD_FORMAT = 'id:level[:years]';
const REQUIRED_FORMAT = 'id[:minLevel]';

function readYears(segment: string | undefined): { ok: boolean; years?: number } {
  if (segment === undefined) return { ok: false };
  const result = decodeNumber(segment);
  return result.ok
    ? { ok: true, ...(result.value !== undefined ? { years: result.value } : {}) }
    : { ok: false };
}

/**
 * Decodes one held-skill item `id:level[:years]`, read from the right so that an id may itself hold `:`
 * (`esco:1234:3:` — a trailing `:` says "no years"). Years may have a decimal comma (`sk.forklift:2:1,5`).
 */
export function decodeHeldSkill(item: string): CellResult<HeldSkillCell | undefined> {
  const text = item.trim();
  if (text === '') return cellValue(undefined);
  const parts = text.split(':');
  const n = parts.length;
  if (n >= 3 && DIGITS.test(parts[n - 2] ?? '')) {
    const years = readYears(parts[n - 1]);
    if (years.ok) {
      const id = parts.slice(0, n - 2).join(':');
      return cellValue({
        id,
        level: Number(parts[n - 2]),
        ...(years.years !== undefined ? { years: years.years } : {}),
      });
    }
  }
  if (n >= 2 && DIGITS.test(parts[n - 1] ?? '')) {
    return cellValue({ id: parts.slice(0, n - 1).join(':'), level: Number(parts[n - 1]) });
  }
  return cellFailure('invalid_cell', text, { expected: HELD_FORMAT });
}

/** Decodes one required-skill item `id[:minLevel]`; without a level, the minimum is 1. */
export function decodeSkillRequirement(item: string): CellResult<SkillRequirementCell | undefined> {
  const text = item.trim();
  if (text === '') return cellValue(undefined);
  const at = text.lastIndexOf(':');
  const level = at >= 0 ? text.slice(at + 1) : '';
  if (at > 0 && DIGITS.test(level)) return cellValue({ id: text.slice(0, at), minLevel: Number(level) });
  if (text.endsWith(':')) return cellFailure('invalid_cell', text, { expected: REQUIRED_FORMAT });
  return cellValue({ id: text, minLevel: 1 });
}

/** Decodes a candidate's skills: `id:level[:years]` items separated by `|` or `;`. */
export const decodeHeldSkills = (cell: string): CellResult<HeldSkillCell[]> =>
  decodeList(cell, decodeHeldSkill, LIST_SEPARATORS);

/** Decodes an offer's required or wanted skills: `id[:minLevel]` items separated by `|` or `;`. */
export const decodeSkillRequirements = (cell: string): CellResult<SkillRequirementCell[]> =>
  decodeList(cell, decodeSkillRequirement, LIST_SEPARATORS);

/** Writes held skills so that {@link decodeHeldSkills} reads them back, ids holding `:` included. */
export function encodeHeldSkills(skills: readonly HeldSkillCell[], decimalComma: boolean): string {
  return skills
    .map(({ id, level, years }) => {
      if (years !== undefined) return `${id}:${level}:${formatNumber(years, decimalComma)}`;
      // An id with `:` needs the empty years segment, or its last part would be read as the level.
      return id.includes(':') ? `${id}:${level}:` : `${id}:${level}`;
    })
    .join('|');
}

/** Writes skill requirements, always with their level (so an id holding `:` reads back whole). */
export function encodeSkillRequirements(skills: readonly SkillRequirementCell[]): string {
  return skills.map(({ id, minLevel }) => `${id}:${minLevel}`).join('|');
}
