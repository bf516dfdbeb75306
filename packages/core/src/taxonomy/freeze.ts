// Frozen taxonomy records. A Taxonomy never shares mutable objects with its caller: it copies what it
// is given, except records this module froze itself (tracked in a WeakSet), which are safe to share.
// That spares loading full ESCO a second copy of 17,000 concepts.
import type { Concept, ConceptKind, ConceptLabels, IscoGroup, LanguageLabels, SkillGroup } from './types.js';

const frozenHere = new WeakSet<object>();

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function freezeLanguage(labels: LanguageLabels | undefined): LanguageLabels {
  const alt = Object.freeze([...(labels?.alt ?? [])]);
  return Object.freeze(labels?.preferred === undefined ? { alt } : { preferred: labels.preferred, alt });
}

/** A frozen copy of a concept's labels (missing languages become empty). */
export function freezeLabels(labels: Partial<ConceptLabels> | undefined): ConceptLabels {
  return Object.freeze({ fr: freezeLanguage(labels?.fr), en: freezeLanguage(labels?.en) });
}

/**
 * Freezes a record its caller has just created and owns alone (labels, synonym and broader arrays
 * included) without copying it, and marks it as safe to share. The builder's fast path.
 */
export function freezeFresh<T extends Concept | SkillGroup>(record: T): T {
  for (const language of [record.labels.fr, record.labels.en]) {
    Object.freeze(language.alt);
    Object.freeze(language);
  }
  Object.freeze(record.labels);
  Object.freeze(record.broader);
  frozenHere.add(Object.freeze(record));
  return record;
}

/** A frozen concept of the given kind (the concept itself if this module already froze it). */
export function freezeConcept(concept: Concept, kind: ConceptKind): Concept {
  if (concept.kind === kind && frozenHere.has(concept)) return concept;
  const copy: Writable<Concept> = {
    id: concept.id,
    kind,
    labels: freezeLabels(concept.labels),
    broader: [...concept.broader],
  };
  if (concept.uri !== undefined) copy.uri = concept.uri;
  if (concept.iscoGroup !== undefined) copy.iscoGroup = concept.iscoGroup;
  if (concept.skillType !== undefined) copy.skillType = concept.skillType;
  if (concept.reuseLevel !== undefined) copy.reuseLevel = concept.reuseLevel;
  Object.freeze(copy.broader);
  frozenHere.add(Object.freeze(copy));
  return copy;
}

/** A frozen skill group (the group itself if this module already froze it). */
export function freezeSkillGroup(group: SkillGroup): SkillGroup {
  if (frozenHere.has(group)) return group;
  const copy: Writable<SkillGroup> = {
    id: group.id,
    labels: freezeLabels(group.labels),
    broader: [...group.broader],
  };
  if (group.uri !== undefined) copy.uri = group.uri;
  Object.freeze(copy.broader);
  frozenHere.add(Object.freeze(copy));
  return copy;
}

/** A frozen ISCO group (the group itself if this module already froze it). */
export function freezeIscoGroup(group: IscoGroup): IscoGroup {
  if (frozenHere.has(group)) return group;
  const labels: { fr?: string; en?: string } = {};
  if (group.labels.fr !== undefined) labels.fr = group.labels.fr;
  if (group.labels.en !== undefined) labels.en = group.labels.en;
  const copy: Writable<IscoGroup> = { code: group.code, labels: Object.freeze(labels) };
  if (group.uri !== undefined) copy.uri = group.uri;
  frozenHere.add(Object.freeze(copy));
  return copy;
}
