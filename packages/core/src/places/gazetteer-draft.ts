import { Gazetteer } from './gazetteer.js';
import { normalizePlaceName } from './normalize.js';
import type { CommuneInit, Locality } from './place-types.js';

/** A commune being assembled by a loader, with the line that first defined it. */
export type CommuneDraft = { -readonly [K in keyof CommuneInit]: CommuneInit[K] } & { readonly line: number };

/**
 * What a loader has accepted so far: communes by NIS code and localities, with duplicate detection.
 * Loaders check every row before adding it, so {@link GazetteerDraft.build} never throws.
 */
export class GazetteerDraft {
  /** Communes by NIS code, as first defined. */
  readonly communes = new Map<string, CommuneDraft>();
  /** Accepted localities, in file order. */
  readonly localities: Locality[] = [];
  readonly #lineOfLocality = new Map<string, number>();

  /**
   * Adds a locality unless one with the same postal code and name (normalised) was added before;
   * returns the line of that earlier one when it is a duplicate.
   */
  addLocality(locality: Locality, line: number): number | undefined {
    const key = `${locality.postalCode} ${normalizePlaceName(locality.name)}`;
    const first = this.#lineOfLocality.get(key);
    if (first !== undefined) return first;
    this.#lineOfLocality.set(key, line);
    this.localities.push(locality);
    return undefined;
  }

  /** The gazetteer of everything accepted. */
  build(): Gazetteer {
    const communes = [...this.communes.values()].map(({ line: _line, ...commune }) => commune);
    return new Gazetteer({ communes, localities: this.localities });
  }
}
