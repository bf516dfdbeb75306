// Which experiment a configuration file describes: its `experiment` field.
import type { ConfigIssue } from './config.js';
import { TITLE_EXPERIMENT } from './titles/config.js';

/**
 * The experiments a configuration can name in its `experiment` field: `engines` (engine configurations compared
 * on hires, {@link runExperiment}; the default when the field is absent) and `title-normalization` (job titles to
 * occupations, {@link runTitleNormalizationExperiment}).
 */
export const EXPERIMENT_KINDS = Object.freeze(['engines', TITLE_EXPERIMENT] as const);

/** One of {@link EXPERIMENT_KINDS}. */
export type ExperimentKind = (typeof EXPERIMENT_KINDS)[number];

/** The experiment a configuration names, or the issue with its `experiment` field (or with the whole value). */
export function experimentKindOf(
  input: unknown,
):
  | { readonly ok: true; readonly kind: ExperimentKind }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '(root)', message: 'a JSON object describing the experiment' }] };
  }
  const kind = (input as { experiment?: unknown }).experiment;
  if (kind === undefined) return { ok: true, kind: 'engines' };
  if ((EXPERIMENT_KINDS as readonly unknown[]).includes(kind))
    return { ok: true, kind: kind as ExperimentKind };
  return {
    ok: false,
    issues: [
      {
        path: 'experiment',
        message: `unknown experiment ${JSON.stringify(kind)} (valid: ${EXPERIMENT_KINDS.join(', ')}; without it, engines)`,
      },
    ],
  };
}
