import { skillCoverage, type SkillCoverage } from '../criteria/skills.js';
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
    const occupation = offer.occupation;
    reasons.push(
      context.reasons.get('skills_from_occupation', occupation, () =>
        makeReason('skills_from_occupation', 'skills', 'neutral', labelParams(context, occupation)),
      ),
    );
  }
  if (offer.required.length === 0 && offer.wanted.length === 0) {
    reasons.push(
      context.reasons.get('no_skills_asked', 0, () => makeReason('no_skills_asked', 'skills', 'neutral', {})),
    );
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
      const held = how === 'below_level' ? (candidate.levels[candidate.skills.indexOf(skill)] as number) : 0;
      reasons.push(skillReason(context, skill, how, mustHave, held, required));
      if (mustHave === 1 && how !== 'held' && how !== 'below_level') missing.push(context.skillId(skill));
    }
  }
  return { reasons, missing };
}

const COVERAGE_NUMBER: Readonly<Record<SkillCoverage, number>> = {
  held: 0,
  below_level: 1,
  related: 2,
  missing: 3,
};

/** The reason for one skill asked: shared by every pair with the same skill, coverage and levels. */
function skillReason(
  context: MatchContext,
  skill: number,
  how: SkillCoverage,
  mustHave: 0 | 1,
  held: number,
  required: number,
): Reason {
  const make = (): Reason => {
    const id = context.skillId(skill);
    const { labelFr, labelEn } = labelParams(context, id);
    // Each branch writes its parameters as one literal, in the order the explanations have always listed them.
    if (how === 'held')
      return makeReason('skill_held', 'skills', 'positive', { skill: id, mustHave, labelFr, labelEn });
    if (how === 'below_level') {
      const params = { skill: id, mustHave, labelFr, labelEn, held, required };
      return makeReason('skill_below_level', 'skills', 'negative', params);
    }
    if (how === 'related') {
      const group = context.taxonomy.broader(id)[0] ?? '';
      const groupLabel = context.taxonomy.skillGroup(group);
      const groupFr = groupLabel?.labels.fr.preferred ?? group;
      const groupEn = groupLabel?.labels.en.preferred ?? group;
      const params = { skill: id, mustHave, labelFr, labelEn, groupFr, groupEn };
      return makeReason('skill_related', 'skills', 'negative', params);
    }
    return makeReason('skill_missing', 'skills', 'negative', { skill: id, mustHave, labelFr, labelEn });
  };
  // Levels run 0–4; anything else (never produced by core's checks) is built without the cache.
  if (held > 4 || required > 4) return make();
  const asked = how === 'below_level' ? required : 0;
  const key = (((skill * 4 + COVERAGE_NUMBER[how]) * 2 + mustHave) * 5 + held) * 5 + asked;
  return context.reasons.get('skills', key, make);
}
