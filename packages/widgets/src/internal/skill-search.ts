import type { ConceptLike, TaxonomyLike } from './taxonomy-labels.js';

/** A skill suggested for a typed text. */
export interface SkillSuggestion {
  readonly id: string;
  /** The label to show (preferred, in the asked language when there is one). */
  readonly label: string;
  /** The synonym or other-language label that matched, when it is not `label`. */
  readonly matched?: string;
  /** Higher is better; full matches (every typed word starts a word of a label) score 2 or more. */
  readonly score: number;
}

interface IndexedLabel {
  readonly skill: number;
  readonly text: string;
  readonly folded: string;
  readonly words: readonly string[];
  readonly preferred: boolean;
  readonly locale: 'fr' | 'en';
}

interface LabelIndex {
  readonly skills: readonly ConceptLike[];
  readonly labels: readonly IndexedLabel[];
}

/** Lower case, accents and ligatures folded, punctuation to spaces: `Élévateur’s` → `elevateur s`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const indexes = new WeakMap<object, LabelIndex>();

function indexOf(taxonomy: TaxonomyLike): LabelIndex {
  let index = indexes.get(taxonomy);
  if (index) return index;
  const labels: IndexedLabel[] = [];
  const skills = Array.isArray(taxonomy.skills) ? taxonomy.skills : [];
  skills.forEach((skill, position) => {
    for (const locale of ['fr', 'en'] as const) {
      const names = skill.labels?.[locale];
      if (!names) continue;
      const all = [names.preferred, ...(names.alt ?? [])];
      all.forEach((text, i) => {
        if (typeof text !== 'string' || text === '') return;
        const folded = foldText(text);
        labels.push({ skill: position, text, folded, words: folded.split(' '), preferred: i === 0, locale });
      });
    }
  });
  index = { skills, labels };
  indexes.set(taxonomy, index);
  return index;
}

/** The label of a skill to show in a language (`fr` or `en`), falling back to the other one, then the id. */
export function displayLabel(skill: ConceptLike, locale: 'fr' | 'en'): string {
  const other = locale === 'fr' ? 'en' : 'fr';
  return skill.labels?.[locale]?.preferred ?? skill.labels?.[other]?.preferred ?? skill.id;
}

/**
 * The skills whose French or English labels or synonyms match a typed text, best first: every typed word must
 * start a word of the label for a full match (2 points, +1 when the label starts with the text, +0.2 for a
 * preferred label, +0.1 in the asked language); labels matching only some words come after. One result per
 * skill (its best label); skills in `exclude` are left out. Pure, and fast enough per keystroke over full ESCO.
 */
export function searchSkills(
  taxonomy: TaxonomyLike,
  text: string,
  options: { locale: 'fr' | 'en'; limit: number; exclude?: ReadonlySet<string> },
): SkillSuggestion[] {
  const query = foldText(text);
  if (query === '') return [];
  const words = query.split(' ');
  const { skills, labels } = indexOf(taxonomy);
  const best = new Map<number, { score: number; label: IndexedLabel }>();
  for (const label of labels) {
    let matched = 0;
    for (const word of words) if (label.words.some((w) => w.startsWith(word))) matched += 1;
    if (matched === 0) continue;
    const full = matched === words.length;
    const score =
      (full ? 2 : matched / words.length) +
      (full && label.folded.startsWith(query) ? 1 : 0) +
      (label.preferred ? 0.2 : 0) +
      (label.locale === options.locale ? 0.1 : 0);
    const seen = best.get(label.skill);
    if (!seen || score > seen.score) best.set(label.skill, { score, label });
  }
  const results: SkillSuggestion[] = [];
  for (const [position, { score, label }] of best) {
    const skill = skills[position] as ConceptLike;
    if (options.exclude?.has(skill.id)) continue;
    const shown = displayLabel(skill, options.locale);
    results.push({
      id: skill.id,
      label: shown,
      score,
      ...(label.text === shown ? {} : { matched: label.text }),
    });
  }
  results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return results.slice(0, options.limit);
}

/**
 * Adds typo-tolerant suggestions (from the engine's skill normaliser) after the full matches and before the
 * partial ones, without duplicates, up to `limit`.
 */
export function mergeSuggestions(
  local: readonly SkillSuggestion[],
  fuzzy: readonly SkillSuggestion[],
  limit: number,
): SkillSuggestion[] {
  const full = local.filter((s) => s.score >= 2);
  const partial = local.filter((s) => s.score < 2);
  const seen = new Set<string>();
  const merged: SkillSuggestion[] = [];
  for (const suggestion of [...full, ...fuzzy, ...partial]) {
    if (seen.has(suggestion.id)) continue;
    seen.add(suggestion.id);
    merged.push(suggestion);
  }
  return merged.slice(0, limit);
}
