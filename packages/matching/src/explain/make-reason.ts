import type { MatchContext } from '../profiles/context.js';
import { renderReason } from './messages.js';
import type { Reason, ReasonCode, ReasonEffect } from './reason.js';

/** Builds a reason and renders its sentences, each stored in one piece (see {@link flatten}). */
export function makeReason(
  code: ReasonCode,
  criterion: string,
  effect: ReasonEffect,
  params: Readonly<Record<string, string | number>>,
): Reason {
  const message = renderReason(code, params);
  flatten(message.fr);
  flatten(message.en);
  return { code, criterion, effect, params, message };
}

/**
 * Has V8 store a sentence built from a template as one flat string. A template gives a tree of pieces; the first
 * read of a character replaces the tree by a copy in one piece, and the pieces become garbage. Explanations are kept
 * by the ten thousand (a Mire's working set): a commute sentence kept as a tree took 223 bytes, flat 94.
 */
function flatten(text: string): void {
  text.charCodeAt(0);
}

/** `labelFr` / `labelEn` parameters of a taxonomy concept (falling back to its id). */
export function labelParams(context: MatchContext, id: string): { labelFr: string; labelEn: string } {
  return {
    labelFr: context.taxonomy.label(id, 'fr') ?? id,
    labelEn: context.taxonomy.label(id, 'en') ?? id,
  };
}
