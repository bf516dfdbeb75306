import { skillCoverage } from '../criteria/skills.js';
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
    [offer.required, offer.requiredMin, offer.requiredGroup, 1],
    [offer.wanted, offer.wantedMin, offer.wantedGroup, 0],
  ] as const;
  for (const [skills, mins, groups, mustHave] of lists) {
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as number;
      const required = mins[i] as number;
      const how = skillCoverage(candidate, skill, required, groups[i] as number);
      const id = context.skillId(skill);
      const { labelFr, labelEn } = labelParams(context, id);
      // Each branch writes its parameters as one literal: reasons are built for every listed result.
      if (how === 'held') {
        reasons.push(
          makeReason('skill_held', 'skills', 'positive', { skill: id, mustHave, labelFr, labelEn }),
        );
      } else if (how === 'below_level') {
        const held = candidate.levels[candidate.skills.indexOf(skill)] as number;
        const params = { skill: id, mustHave, labelFr, labelEn, held, required };
        reasons.push(makeReason('skill_below_level', 'skills', 'negative', params));
      } else if (how === 'related') {
        const group = context.taxonomy.broader(id)[0] ?? '';
        const groupLabel = context.taxonomy.skillGroup(group);
        const groupFr = groupLabel?.labels.fr.preferred ?? group;
        const groupEn = groupLabel?.labels.en.preferred ?? group;
        const params = { skill: id, mustHave, labelFr, labelEn, groupFr, groupEn };
        reasons.push(makeReason('skill_related', 'skills', 'negative', params));
      } else {
        reasons.push(
          makeReason('skill_missing', 'skills', 'negative', { skill: id, mustHave, labelFr, labelEn }),
        );
      }
      if (mustHave === 1 && how !== 'held' && how !== 'below_level') missing.push(id);
    }
  }
  return { reasons, missing };
}
