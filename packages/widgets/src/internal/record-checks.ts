import { arrayOf, bool, numberIn, optional, shape, text, type Check } from './check.js';

const place = shape({});

/** The fields of a candidate the widgets and the engine cannot do without. */
export const checkCandidate: Check = shape({
  id: text,
  home: place,
  skills: arrayOf(shape({ id: text, level: numberIn(1, 4) })),
  wantedOccupations: optional(arrayOf(text)),
  languages: optional(arrayOf(shape({ code: text, level: text }))),
  education: optional(shape({ isced: numberIn(0, 8) })),
});

/** The fields of a job offer the widgets and the engine cannot do without. */
export const checkOffer: Check = shape({
  id: text,
  title: text,
  place,
  requiredSkills: arrayOf(shape({ id: text, minLevel: numberIn(1, 4) })),
  wantedSkills: optional(arrayOf(shape({ id: text, minLevel: numberIn(1, 4) }))),
  languages: optional(arrayOf(shape({ code: text, minLevel: text, required: bool }))),
});

const checkReason: Check = shape({ code: text, effect: text, message: shape({ fr: text, en: text }) });

/** A ranked result, as `@passerelle/matching` returns it (explanations optional). */
export const checkMatch: Check = shape({
  id: text,
  rank: numberIn(1, Number.MAX_SAFE_INTEGER),
  score: numberIn(0, 1),
  reasons: optional(arrayOf(checkReason)),
  missingSkills: optional(arrayOf(text)),
});

/** An explanation of one pair. */
export const checkExplanation: Check = shape({
  candidateId: text,
  offerId: text,
  score: numberIn(0, 1),
  excluded: bool,
  breakdown: arrayOf(
    shape({
      criterion: text,
      value: optional(numberIn(0, 1)),
      weight: numberIn(0, 1),
      contribution: numberIn(0, 1),
    }),
  ),
  penaltyFactor: numberIn(0, 1),
  reasons: arrayOf(checkReason),
  missingSkills: arrayOf(text),
});
