import { createIssue, formatPath, type Issue, type PlaceRef } from '@passerelle/core';
import type { MatchContext } from './context.js';

/** A point for a place reference, or NaN coordinates and the issue saying why. */
export function resolvePoint(
  place: PlaceRef,
  context: MatchContext,
  path: readonly string[],
): { lat: number; lon: number; issues: Issue[] } {
  const resolution = context.gazetteer.resolve(place);
  if (resolution.ok) {
    const { lat, lon } = resolution.value.coordinates;
    return { lat, lon, issues: [] };
  }
  const issues =
    resolution.issues.length > 0
      ? resolution.issues.map((issue) => {
          const full = [...path, ...issue.path];
          return { ...issue, path: full, field: formatPath(full) };
        })
      : [createIssue('unknown_reference', { path, params: { kind: 'place' } })];
  return { lat: Number.NaN, lon: Number.NaN, issues };
}

/** Warnings for skill ids the taxonomy does not know: they still match exactly, without related credit. */
export function unknownSkillIssues(
  ids: readonly string[],
  context: MatchContext,
  path: (index: number) => readonly (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    if (context.taxonomy.skill(id) === undefined) {
      issues.push(
        createIssue('unknown_reference', {
          severity: 'warning',
          path: path(index),
          value: id,
          params: { kind: 'skill' },
        }),
      );
    }
  });
  return issues;
}
