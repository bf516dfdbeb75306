// The search engine shared by the title and skill normalisers: labels → inverted indexes → ranked concepts.
import type { Concept } from '@passerelle/core';
import { ScoreAccumulator } from './accumulator.js';
import { analyzeText, type AnalyzedText, type TextKind } from './analyze-text.js';
import { labelCountPrior } from './concept-prior.js';
import { buildConceptProfiles } from './concept-profiles.js';
import { ConceptScores, type DocumentColumns } from './concept-scores.js';
import { buildFeatureIndex, type FeatureIndex, type IndexDocument } from './feature-index.js';
import { fuzzyRerank, type FuzzyLabel } from './fuzzy-rerank.js';
import { buildLabelTable, type ExtraLabel, type LabelTable } from './label-table.js';
import { buildNearWords, isNearWord } from './near-words.js';
import { withRankAliases } from './rank-word-aliases.js';
import { buildQueryVector, type QueryPart } from './query-vector.js';
import { type SearchTuning } from './search-tuning.js';
import { addCharNgrams, lexicalBoosts, lexicalKeys, wordBoosts } from './text-features.js';
import { selectTopK } from './top-k.js';
import { TEXT_LOCALES, type TextLocale } from './types.js';

/** One ranked concept: its dense index, its score in [0, 1] and the label that matched best. */
export interface ConceptHit {
  readonly concept: number;
  readonly score: number;
  readonly label: string;
  readonly locale: TextLocale;
  /** Whether `label` is an extra synonym. */
  readonly isExtra: boolean;
}

// The key of a list of normalised words in one language, whatever their order.
function exactKey(words: readonly string[], locale: TextLocale): string {
  return `${locale}:${[...words].sort().join(' ')}`;
}

/** A text about a concept that is not one of its labels (its ISCO group's title), in one language. */
export interface ContextText {
  readonly locale: TextLocale;
  readonly text: string;
}

interface Readings {
  readonly locales: readonly TextLocale[];
  /** The text as read in each language, with rank-word aliases (what is scored). */
  readonly texts: readonly AnalyzedText[];
  /** The text as read in each language, without aliases (what exact matches compare). */
  readonly exact: readonly AnalyzedText[];
}

// One document per concept and language with the stems and forms of its context texts.
function buildContextDocuments(
  context: readonly (readonly ContextText[])[],
  kind: TextKind,
): { documents: IndexDocument[]; locales: Uint8Array } {
  const documents: IndexDocument[] = [];
  const locales: number[] = [];
  context.forEach((texts, concept) => {
    TEXT_LOCALES.forEach((locale, code) => {
      const keys = new Set<string>();
      for (const text of texts) {
        if (text.locale !== locale) continue;
        const found = lexicalKeys(analyzeText(text.text, locale, kind), locale);
        for (const key of [...found.stem, ...found.form]) keys.add(key);
      }
      if (keys.size === 0) return;
      documents.push({ concept, parts: [[...keys]] });
      locales.push(code);
    });
  });
  return { documents, locales: Uint8Array.from(locales) };
}

/** Searches the labels of a list of concepts. Build once (about a second for ESCO), query many times. */
export class ConceptSearch {
  readonly #kind: TextKind;
  readonly #tuning: SearchTuning;
  readonly #table: LabelTable;
  readonly #labels: { index: FeatureIndex; columns: DocumentColumns; scores: ScoreAccumulator };
  readonly #profiles: { index: FeatureIndex; columns: DocumentColumns; scores: ScoreAccumulator };
  readonly #context: { index: FeatureIndex; columns: DocumentColumns; scores: ScoreAccumulator } | undefined;
  readonly #concepts: ConceptScores;
  readonly #factors: Record<'any' | TextLocale, Float32Array>;
  /** Variants of concept `c`: `#conceptStart[c]` to `#conceptStart[c + 1] - 1` (variants come grouped). */
  readonly #conceptStart: Int32Array;

  /** Variants by their sorted words, language first (`en:assistant sales`). */
  readonly #exact: Map<string, number[]>;
  /** Factor on each variant's score: 1 for preferred labels and extra synonyms (see SearchTuning). */
  readonly #variantFactor: Float32Array;
  /** The label words, and each with one letter dropped (see isNearWord). */
  readonly #nearWords: Set<string>;
  /** Prior factor of each concept in [0, 1], or undefined (see labelCountPrior). */
  readonly #prior: Float32Array | undefined;

  /**
   * Indexes the labels of `concepts` and the `extra` labels; `kind` says whether they are occupation
   * titles or skill phrases (which noise words are dropped, and which prior weight of `tuning` applies).
   * `context[c]`, when given, holds texts about concept `c` that add a little to its score when a
   * label of it already matched (weight `tuning.contextWeight`).
   */
  constructor(
    concepts: readonly Concept[],
    kind: TextKind,
    extra: readonly ExtraLabel[],
    tuning: SearchTuning,
    context?: readonly (readonly ContextText[])[],
  ) {
    this.#kind = kind;
    this.#tuning = tuning;
    const table = buildLabelTable(concepts, kind, extra);
    this.#table = table;
    const variantIndex = buildFeatureIndex(
      table.variants.map((v) => {
        const boosts = lexicalBoosts(v.analyzed, tuning.roleWeights);
        const ngrams = new Map<string, number>();
        addCharNgrams(v.analyzed.words, ngrams, wordBoosts(v.analyzed, tuning.roleWeights));
        return {
          concept: v.concept,
          parts: [v.features.stem, v.features.form, [...ngrams.keys()]],
          boosts: [boosts.stem, boosts.form, [...ngrams.values()]],
        };
      }),
    );
    const variantLocales = Uint8Array.from(table.variants, (v) => TEXT_LOCALES.indexOf(v.locale));
    this.#labels = this.#searchable(variantIndex, variantLocales);
    const profiles = buildConceptProfiles(table.variants);
    this.#profiles = this.#searchable(buildFeatureIndex(profiles.documents), profiles.locales);
    this.#context = undefined;
    if (context !== undefined && tuning.contextWeight > 0) {
      const documents = buildContextDocuments(context, kind);
      this.#context = this.#searchable(buildFeatureIndex(documents.documents), documents.locales);
    }
    this.#concepts = new ConceptScores(concepts.length);
    this.#prior = labelCountPrior(concepts, tuning.labelCountPrior[kind]);
    this.#exact = new Map();
    table.variants.forEach((v, variant) => {
      const key = exactKey(v.analyzed.words, v.locale);
      const list = this.#exact.get(key);
      if (list === undefined) this.#exact.set(key, [variant]);
      else list.push(variant);
    });
    const alternative = tuning.alternativeLabelFactor[kind];
    this.#variantFactor = Float32Array.from(table.variants, (v) =>
      v.isPreferred || table.labels[v.label]?.isExtra === true ? 1 : alternative,
    );
    this.#nearWords = buildNearWords(new Set(table.variants.flatMap((v) => v.analyzed.forms)));
    this.#conceptStart = new Int32Array(concepts.length + 1);
    for (const v of table.variants)
      this.#conceptStart[v.concept + 1] = (this.#conceptStart[v.concept + 1] ?? 0) + 1;
    for (let c = 0; c < concepts.length; c++) {
      this.#conceptStart[c + 1] = (this.#conceptStart[c + 1] ?? 0) + (this.#conceptStart[c] ?? 0);
    }
    const other = tuning.otherLocaleFactor;
    this.#factors = {
      any: Float32Array.of(1, 1),
      fr: Float32Array.of(1, other),
      en: Float32Array.of(other, 1),
    };
  }

  #searchable(index: FeatureIndex, locale: Uint8Array) {
    return {
      index,
      columns: { concept: index.concept, locale },
      scores: new ScoreAccumulator(index.concept.length),
    };
  }

  /**
   * The `k` best concepts for `text`, best first (equal scores: the higher prior, then the lower index);
   * `[]` when no word of the text is meaningful.
   */
  search(text: string, k: number, locale?: TextLocale): ConceptHit[] {
    const readings = this.#read(text);
    if (readings.texts.every((reading) => reading.words.length === 0)) return [];
    const factors = this.#factors[locale ?? 'any'];
    const concepts = this.#concepts;
    concepts.reset();
    const profileParts = this.#profileParts(readings);
    for (const [target, parts] of [
      [this.#labels, this.#labelParts(readings, locale)],
      [this.#profiles, profileParts],
      [this.#context, profileParts],
    ] as const) {
      if (target === undefined) continue;
      target.scores.reset();
      target.scores.accumulate(target.index, buildQueryVector(target.index, parts));
    }
    concepts.foldVariants(this.#labels.scores, this.#labels.columns, factors, this.#variantFactor);
    readings.exact.forEach((reading, i) => {
      for (const v of this.#exact.get(exactKey(reading.words, readings.locales[i] ?? 'fr')) ?? []) {
        const concept = this.#labels.columns.concept[v] ?? 0;
        concepts.markExact(concept, (factors[i] ?? 1) * (this.#variantFactor[v] ?? 1));
      }
    });
    concepts.foldProfiles(this.#profiles.scores, this.#profiles.columns, factors);
    if (this.#context !== undefined)
      concepts.foldContext(this.#context.scores, this.#context.columns, factors);
    concepts.combine(this.#tuning.profileWeight, this.#prior, this.#tuning.contextWeight);
    const fuzzy = this.#tuning.fuzzy;
    const words = readings.exact[TEXT_LOCALES.indexOf(locale ?? 'fr')]?.words ?? [];
    if (fuzzy === undefined || words.length > fuzzy.maxWords || !this.#hasUnknownWord(readings, locale)) {
      return this.#hits(selectTopK(concepts.touched, concepts.count, concepts.final, k, this.#prior));
    }
    const size = Math.max(k, fuzzy.shortlist);
    const shortlist = this.#hits(
      selectTopK(concepts.touched, concepts.count, concepts.final, size, this.#prior),
    );
    return fuzzyRerank(
      words.join(' '),
      shortlist,
      this.#fuzzyLabels(shortlist, locale),
      fuzzy,
      this.#prior,
    ).slice(0, k);
  }

  // Whether the text has a word that no label has but one edit from a label word (a typo), in the
  // reading of `locale`, or in both readings when the language is unknown.
  #hasUnknownWord({ locales, exact }: Readings, locale: TextLocale | undefined): boolean {
    const featureIds = this.#labels.index.featureIds;
    return exact.every((text, i) => {
      const reading = locales[i] ?? 'fr';
      if (locale !== undefined && reading !== locale) return true;
      return lexicalKeys(text, reading).form.some(
        (key, k) => !featureIds.has(key) && isNearWord(text.forms[k] ?? '', this.#nearWords),
      );
    });
  }

  // The variants of the hits' concepts, in `locale` only when it is given.
  #fuzzyLabels(hits: readonly ConceptHit[], locale: TextLocale | undefined): FuzzyLabel[] {
    const labels: FuzzyLabel[] = [];
    for (const { concept } of hits) {
      const end = this.#conceptStart[concept + 1] ?? 0;
      for (let v = this.#conceptStart[concept] ?? 0; v < end; v++) {
        const variant = this.#table.variants[v];
        if (variant === undefined || (locale !== undefined && variant.locale !== locale)) continue;
        const label = this.#table.labels[variant.label];
        if (label === undefined) continue;
        labels.push({
          concept,
          text: variant.text,
          label: label.text,
          locale: variant.locale,
          isExtra: label.isExtra,
        });
      }
    }
    return labels;
  }

  #read(text: string): Readings {
    const exact = TEXT_LOCALES.map((locale) => analyzeText(text, locale, this.#kind));
    const texts =
      this.#kind === 'title'
        ? exact.map((reading, i) => withRankAliases(reading, TEXT_LOCALES[i] ?? 'fr'))
        : exact;
    return { locales: TEXT_LOCALES, texts, exact };
  }

  // Stems and forms of each reading, and n-grams of the words of the reading in `locale` (of both
  // readings when the language is unknown).
  #labelParts({ locales, texts }: Readings, locale: TextLocale | undefined): QueryPart[] {
    const { shares, maxNgramPostings } = this.#tuning;
    const ngrams = new Map<string, number>();
    const parts: QueryPart[] = texts.flatMap((text, i) => {
      const reading = locales[i] ?? 'fr';
      if (locale === undefined || locale === reading) {
        addCharNgrams(text.words, ngrams, wordBoosts(text, this.#tuning.roleWeights));
      }
      const keys = lexicalKeys(text, reading);
      const boosts = lexicalBoosts(text, this.#tuning.roleWeights);
      return [
        { keys: keys.stem, share: shares.stem, boosts: boosts.stem },
        { keys: keys.form, share: shares.form, boosts: boosts.form },
      ];
    });
    return [
      ...parts,
      {
        keys: ngrams.keys(),
        boosts: [...ngrams.values()],
        share: shares.ngram,
        maxPostings: maxNgramPostings,
      },
    ];
  }

  #profileParts({ locales, texts }: Readings): QueryPart[] {
    return texts.map((text, i) => {
      const keys = lexicalKeys(text, locales[i] ?? 'fr');
      return { keys: [...keys.stem, ...keys.form], share: 1 };
    });
  }

  #hits(winners: Int32Array): ConceptHit[] {
    const { final, bestVariant } = this.#concepts;
    return Array.from(winners, (concept) => {
      const variant = this.#table.variants[bestVariant[concept] ?? 0];
      const label = this.#table.labels[variant?.label ?? 0];
      return {
        concept,
        score: final[concept] ?? 0,
        label: label?.text ?? '',
        locale: variant?.locale ?? 'fr',
        isExtra: label?.isExtra ?? false,
      };
    });
  }
}
