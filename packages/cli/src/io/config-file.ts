import {
  DEFAULT_MATCHING_CONFIG,
  MatchingConfigSchema,
  type MatchingConfigInput,
} from '@passerelle/matching';
import { CliError } from '../errors.js';
import type { Texts } from '../i18n/index.js';
import { readJsonFile } from './read-file.js';

/**
 * Reads a matching configuration file (JSON, any part of `DEFAULT_MATCHING_CONFIG`, e.g.
 * `{ "weights": { "skills": 0.6 }, "constraints": { "licence": { "mode": "soft" } } }`). A file that is not
 * JSON or holds a wrong value is a user error naming each bad field, checked with matching's own schema.
 */
export async function readConfigFile(path: string, t: Texts): Promise<MatchingConfigInput> {
  const data = await readJsonFile(path, t, (detail) => t.files.config(path, detail));
  const result = MatchingConfigSchema.safeParse(data);
  const details = result.success
    ? unknownKeys(data, DEFAULT_MATCHING_CONFIG, []).map((key) => `${key}: ?`)
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (details.length > 0) throw new CliError('invalid_config', t.files.config(path, details.join('; ')));
  return data as MatchingConfigInput;
}

/** Keys of a configuration that the defaults do not have (a typo would otherwise be ignored silently). */
function unknownKeys(value: unknown, defaults: unknown, path: string[]): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  if (defaults === null || typeof defaults !== 'object' || Array.isArray(defaults)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    Object.hasOwn(defaults, key)
      ? unknownKeys(child, (defaults as Record<string, unknown>)[key], [...path, key])
      : [[...path, key].join('.')],
  );
}
