import type { Translation } from '../i18n/translation.js';

/** A place as people read it: `4000 Liège`, or what is known of it. */
export function placeText(
  place: { postalCode?: string; locality?: string; nisCode?: string } | undefined,
): string {
  if (!place) return '';
  const parts = [place.postalCode, place.locality].filter((part): part is string => Boolean(part));
  if (parts.length > 0) return parts.join(' ');
  return place.nisCode ?? '—';
}

/** Languages with their levels: `français (langue maternelle), néerlandais B1`. */
export function languageList(
  languages: readonly { code: string; level?: string; minLevel?: string }[] | undefined,
  t: Translation,
): string[] {
  return (languages ?? []).map((language) => {
    const name = t.vocab.languages[language.code] ?? language.code;
    const level = language.level ?? language.minLevel;
    if (!level) return name;
    return level === 'native' ? `${name} (${t.vocab.native})` : `${name} ${level}`;
  });
}
