import type { Lang } from '../locale.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Texts } from './texts.js';

/** The catalogues by language. */
export const TEXTS: Readonly<Record<Lang, Texts>> = { fr, en };

export type { Texts, FileCounts } from './texts.js';
