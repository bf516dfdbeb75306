import { createIssue, formatPath, isValidCoordinates, type Issue, type PlaceRef } from '@passerelle/core';
import type { MatchContext } from './context.js';

/** A resolved point, shared between the profiles that name the same place. */
export interface ResolvedPoint {
  readonly lat: number;
  readonly lon: number;
  readonly issues: readonly Issue[];
}

const NO_ISSUES: readonly Issue[] = Object.freeze([]);
/** Distinct places remembered per context: enough for every postal code and locality of a country. */
const REMEMBERED_PLACES = 50_000;

/**
 * A point for a place reference, or NaN coordinates and the issue saying why. Most profiles name a postal code that
 * thousands of others share and the gazetteer is immutable, so a place given without coordinates is resolved once
 * per context (an index projects hundreds of thousands of profiles).
 */
export function resolvePoint(place: PlaceRef, context: MatchContext, path: readonly string[]): ResolvedPoint {
  // Valid coordinates win in the gazetteer's resolution too, whatever the codes say (their warnings are not ours).
  const given = place.coordinates;
  if (isValidCoordinates(given)) return givenPoint(given.lat, given.lon);
  const key = placeKey(place);
  if (key !== undefined) {
    const known = context.resolvedPlaces.get(key);
    if (known !== undefined) return known;
  }
  const resolution = context.gazetteer.resolve(place);
  if (resolution.ok) {
    const { lat, lon } = resolution.value.coordinates;
    const point: ResolvedPoint = { lat, lon, issues: NO_ISSUES };
    if (key !== undefined && context.resolvedPlaces.size < REMEMBERED_PLACES)
      context.resolvedPlaces.set(key, point);
    return point;
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

/** A point given as valid coordinates: nothing to report. */
export function givenPoint(lat: number, lon: number): ResolvedPoint {
  return { lat, lon, issues: NO_ISSUES };
}

/** The key under which a place given without coordinates is resolved once; undefined when it has coordinates. */
export function placeKey(place: PlaceRef): string | undefined {
  return place.coordinates === undefined
    ? `${place.postalCode ?? ''}\u0000${place.nisCode ?? ''}\u0000${place.locality ?? ''}`
    : undefined;
}

/** Warnings for skill ids the taxonomy does not know: they still match exactly, without related credit. */
export function unknownSkillIssues(
  skills: readonly { readonly id: string }[],
  context: MatchContext,
  path: (index: number) => readonly (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  skills.forEach(({ id }, index) => {
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
