import type { HeldSkill, SkillRequirement, SpokenLanguage } from '../model/skill-entries.js';
import type { LanguageLevel } from '../vocab/languages.js';
import type { SkillLevel } from '../vocab/skill-levels.js';

/**
 * Small immutable values that many records share (one frozen object per distinct value). A dataset of
 * 250,000 candidates holds millions of these; sharing them keeps its memory lean. The caches only ever
 * hold frozen values built from their keys, so they cannot leak state between datasets.
 */

const languages = new Map<string, SpokenLanguage>();
/** The frozen `{ code, level }` of a spoken language. */
export function spoken(code: string, level: LanguageLevel): SpokenLanguage {
  const key = `${code}:${level}`;
  let value = languages.get(key);
  if (value === undefined) {
    value = Object.freeze({ code, level });
    languages.set(key, value);
  }
  return value;
}

// Per skill id, one slot per level (1–4) × years (0–10, or none in slot 11).
const heldSkills = new Map<string, (HeldSkill | undefined)[]>();
/** The frozen held skill for an id, a level and optional whole years of experience (0–10). */
export function heldSkill(id: string, level: SkillLevel, years?: number): HeldSkill {
  let slots = heldSkills.get(id);
  if (slots === undefined) {
    slots = [];
    heldSkills.set(id, slots);
  }
  const slot = level * 12 + (years ?? 11);
  let value = slots[slot];
  if (value === undefined) {
    value = Object.freeze(years === undefined ? { id, level } : { id, level, years });
    slots[slot] = value;
  }
  return value;
}

const requirements = new Map<string, (SkillRequirement | undefined)[]>();
/** The frozen skill requirement for an id and a minimum level. */
export function skillRequirement(id: string, minLevel: SkillLevel): SkillRequirement {
  let slots = requirements.get(id);
  if (slots === undefined) {
    slots = [];
    requirements.set(id, slots);
  }
  let value = slots[minLevel];
  if (value === undefined) {
    value = Object.freeze({ id, minLevel });
    slots[minLevel] = value;
  }
  return value;
}

interface ListNode {
  value?: readonly string[];
  readonly next: Map<string, ListNode>;
}
const lists: ListNode = { next: new Map() };
/**
 * One frozen array per distinct list of codes or ids (licences, programmes, wished occupations…). A tree
 * keyed item by item finds it without building a key string.
 */
export function sharedList<T extends string>(items: readonly T[]): readonly T[] {
  let node = lists;
  for (const item of items) {
    let child = node.next.get(item);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(item, child);
    }
    node = child;
  }
  node.value ??= Object.freeze([...items]);
  return node.value as readonly T[];
}
