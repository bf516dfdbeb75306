import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import type { Translation, WidgetLocale } from './translation.js';

/** The catalogues by language. */
export const TRANSLATIONS: Readonly<Record<WidgetLocale, Translation>> = { fr, nl, de, en };

/** The language a `lang` value names, or French when it names none the widgets speak (`nl-BE` → `nl`). */
export function localeOf(lang: string | null | undefined): WidgetLocale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'de' || primary === 'en' || primary === 'fr' ? primary : 'fr';
}

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's (across shadow roots),
 * else the page's, else French.
 */
export function resolveLocale(element: Element): WidgetLocale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return localeOf(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return localeOf(document.documentElement.lang);
}

/** The catalogue of a language. */
export function translationFor(locale: WidgetLocale): Translation {
  return TRANSLATIONS[locale];
}
