import type { MatchContext } from '../profiles/context.js';
import { renderReason } from './messages.js';
import type { Reason, ReasonCode, ReasonEffect } from './reason.js';

/** Builds a reason and renders its sentences. */
export function makeReason(
  code: ReasonCode,
  criterion: string,
  effect: ReasonEffect,
  params: Readonly<Record<string, string | number>>,
): Reason {
  return { code, criterion, effect, params, message: renderReason(code, params) };
}

/** `labelFr` / `labelEn` parameters of a taxonomy concept (falling back to its id). */
export function labelParams(context: MatchContext, id: string): { labelFr: string; labelEn: string } {
  return {
    labelFr: context.taxonomy.label(id, 'fr') ?? id,
    labelEn: context.taxonomy.label(id, 'en') ?? id,
  };
}
