/** The languages of the command line's messages: French first, English too. */
export type Lang = 'fr' | 'en';

/** The languages `--lang` accepts. */
export const LANGS: readonly Lang[] = ['fr', 'en'];

/**
 * The language of the messages: `--lang` when given, else the environment's locale (LC_ALL, LC_MESSAGES, LANG,
 * in POSIX order: `en_GB.UTF-8` gives English), else French.
 */
export function resolveLang(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (option === 'fr' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'fr';
}

/**
 * The value of `--lang` in the raw arguments (`--lang en` or `--lang=en`), read before parsing so that help and
 * usage errors are already in the right language. The last one wins, as in the parser.
 */
export function findLangArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}
