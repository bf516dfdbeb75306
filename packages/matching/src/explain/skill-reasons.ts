import type { MatchingConfig } from '../config/config.js';
import { skillCredit } from '../criteria/skills.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { makeReason, labelParams } from './make-reason.js';
import type { Reason } from './reason.js';

/** Reasons about skills, and the required skills the candidate does not hold at all (the "missing" list). */
export function skillReasons(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  context: MatchContext,
  rules: MatchingConfig['skills'],
): { reasons: Reason[]; missing: string[] } {
  const reasons: Reason[] = [];
  const missing: string[] = [];
  if (offer.skillsFromOccupation && offer.occupation) {
    reasons.push(
      makeReason('skills_from_occupation', 'skills', 'neutral', labelParams(context, offer.occupation)),
    );
  }
  if (offer.required.length === 0 && offer.wanted.length === 0) {
    reasons.push(makeReason('no_skills_asked', 'skills', 'neutral', {}));
  }
  const lists = [
    [offer.required, offer.requiredMin, offer.requiredGroup, true],
    [offer.wanted, offer.wantedMin, offer.wantedGroup, false],
  ] as const;
  for (const [skills, mins, groups, isRequired] of lists) {
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as number;
      const [, how] = skillCredit(candidate, skill, mins[i] as number, groups[i] as number, rules);
      const id = context.skillId(skill);
      const params = { skill: id, mustHave: isRequired ? 1 : 0, ...labelParams(context, id) };
      if (how === 'held') reasons.push(makeReason('skill_held', 'skills', 'positive', params));
      else if (how === 'below_level') {
        const held = candidate.levels[candidate.skills.indexOf(skill)] as number;
        reasons.push(
          makeReason('skill_below_level', 'skills', 'negative', {
            ...params,
            held,
            required: mins[i] as number,
          }),
        );
      } else if (how === 'related') {
        const group = context.taxonomy.broader(id)[0] ?? '';
        const groupLabel = context.taxonomy.skillGroup(group);
        reasons.push(
          makeReason('skill_related', 'skills', 'negative', {
            ...params,
            groupFr: groupLabel?.labels.fr.preferred ?? group,
            groupEn: groupLabel?.labels.en.preferred ?? group,
          }),
        );
      } else reasons.push(makeReason('skill_missing', 'skills', 'negative', params));
      if (isRequired && how !== 'held' && how !== 'below_level') missing.push(id);
    }
  }
  return { reasons, missing };
}
