import type { LocalizedText } from '../vocab/localized-text.js';
import type { IssueCode } from './issue-codes.js';

type Params = Readonly<Record<string, string | number | readonly (string | number)[]>>;
type Render = (params: Params, value: string) => LocalizedText;

const list = (value: Params[string] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : String(value ?? '');

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { fr: 'texte', en: 'text' },
  number: { fr: 'nombre', en: 'number' },
  boolean: { fr: 'oui/non', en: 'yes/no' },
  array: { fr: 'liste', en: 'list' },
  object: { fr: 'objet', en: 'object' },
};

/** The French and English text of every issue code; `value` is the offending value, quoted. */
const MESSAGES: Readonly<Record<IssueCode, Render>> = {
  required: () => ({ fr: 'Valeur obligatoire manquante.', en: 'Required value is missing.' }),
  invalid_type: (p, v) => {
    const expected = TYPE_NAMES[String(p.expected)];
    return {
      fr: `Type inattendu${v ? ` (${v})` : ''}${expected ? ` : ${expected.fr} attendu` : ''}.`,
      en: `Unexpected type${v ? ` (${v})` : ''}${expected ? `: expected ${expected.en}` : ''}.`,
    };
  },
  invalid_value: (p, v) => ({
    fr: `Valeur non reconnue${v ? ` « ${v} »` : ''}. Valeurs admises : ${list(p.allowed)}.`,
    en: `Unknown value${v ? ` "${v}"` : ''}. Allowed values: ${list(p.allowed)}.`,
  }),
  invalid_date: (_p, v) => ({
    fr: `Date invalide${v ? ` « ${v} »` : ''} : attendu AAAA-MM-JJ ou JJ/MM/AAAA.`,
    en: `Invalid date${v ? ` "${v}"` : ''}: expected YYYY-MM-DD or DD/MM/YYYY.`,
  }),
  invalid_number: (_p, v) => ({
    fr: `Nombre invalide${v ? ` « ${v} »` : ''}.`,
    en: `Invalid number${v ? ` "${v}"` : ''}.`,
  }),
  invalid_integer: (_p, v) => ({
    fr: `Nombre entier attendu${v ? `, reçu « ${v} »` : ''}.`,
    en: `Whole number expected${v ? `, got "${v}"` : ''}.`,
  }),
  invalid_boolean: (_p, v) => ({
    fr: `Oui/non attendu${v ? `, reçu « ${v} »` : ''} (oui, non, 1, 0, true, false).`,
    en: `Yes/no expected${v ? `, got "${v}"` : ''} (yes, no, 1, 0, true, false).`,
  }),
  out_of_range: (p, v) => ({
    fr: `Valeur${v ? ` ${v}` : ''} hors limites : entre ${p.min ?? '−∞'} et ${p.max ?? '+∞'}.`,
    en: `Value${v ? ` ${v}` : ''} out of range: between ${p.min ?? '−∞'} and ${p.max ?? '+∞'}.`,
  }),
  too_long: (p) =>
    p.max === undefined
      ? { fr: 'Trop long.', en: 'Too long.' }
      : {
          fr: `Trop long : au plus ${p.max} ${p.unit === 'items' ? 'éléments' : 'caractères'}.`,
          en: `Too long: at most ${p.max} ${p.unit === 'items' ? 'items' : 'characters'}.`,
        },
  too_short: (p) =>
    p.min === undefined
      ? { fr: 'Trop court ou vide.', en: 'Too short or empty.' }
      : {
          fr: `Trop court : au moins ${p.min} ${p.unit === 'items' ? 'élément(s)' : 'caractère(s)'}.`,
          en: `Too short: at least ${p.min} ${p.unit === 'items' ? 'item(s)' : 'character(s)'}.`,
        },
  invalid_format: (p, v) => ({
    fr: `Format invalide${v ? ` « ${v} »` : ''}${p.format ? ` : ${p.format} attendu` : ''}.`,
    en: `Invalid format${v ? ` "${v}"` : ''}${p.format ? `: expected ${p.format}` : ''}.`,
  }),
  invalid_id: (_p, v) => ({
    fr: `Identifiant invalide${v ? ` « ${v} »` : ''} : lettres, chiffres et . _ : - uniquement, 64 caractères au plus.`,
    en: `Invalid identifier${v ? ` "${v}"` : ''}: letters, digits and . _ : - only, 64 characters at most.`,
  }),
  invalid_postal_code: (_p, v) => ({
    fr: `Code postal belge invalide${v ? ` « ${v} »` : ''} : quatre chiffres attendus (1000 à 9999).`,
    en: `Invalid Belgian postal code${v ? ` "${v}"` : ''}: four digits expected (1000 to 9999).`,
  }),
  invalid_nis_code: (_p, v) => ({
    fr: `Code INS invalide${v ? ` « ${v} »` : ''} : cinq chiffres attendus.`,
    en: `Invalid NIS code${v ? ` "${v}"` : ''}: five digits expected.`,
  }),
  invalid_coordinates: (_p, v) => ({
    fr: `Coordonnées invalides${v ? ` (${v})` : ''} : latitude entre −90 et 90, longitude entre −180 et 180.`,
    en: `Invalid coordinates${v ? ` (${v})` : ''}: latitude between −90 and 90, longitude between −180 and 180.`,
  }),
  invalid_language_code: (_p, v) => ({
    fr: `Code de langue invalide${v ? ` « ${v} »` : ''} : code ISO 639-1 à deux lettres attendu (fr, nl, de…).`,
    en: `Invalid language code${v ? ` "${v}"` : ''}: a two-letter ISO 639-1 code expected (fr, nl, de…).`,
  }),
  invalid_country_code: (_p, v) => ({
    fr: `Code de pays invalide${v ? ` « ${v} »` : ''} : code ISO 3166-1 à deux lettres attendu (BE, FR…).`,
    en: `Invalid country code${v ? ` "${v}"` : ''}: a two-letter ISO 3166-1 code expected (BE, FR…).`,
  }),
  invalid_enterprise_number: (_p, v) => ({
    fr: `Numéro d’entreprise (BCE) invalide${v ? ` « ${v} »` : ''} : dix chiffres avec une clé modulo 97 correcte.`,
    en: `Invalid enterprise number (CBE)${v ? ` "${v}"` : ''}: ten digits with a valid modulo-97 check.`,
  }),
  place_missing: () => ({
    fr: 'Lieu manquant : indiquez un code postal, un code INS ou des coordonnées.',
    en: 'Place missing: give a postal code, a NIS code or coordinates.',
  }),
  date_order: (p) => ({
    fr: `La date « ${p.later ?? 'de fin'} » précède la date « ${p.earlier ?? 'de début'} ».`,
    en: `Date "${p.later ?? 'end'}" is before date "${p.earlier ?? 'start'}".`,
  }),
  range_order: (p) => ({
    fr: `Le minimum${p.min !== undefined ? ` (${p.min})` : ''} dépasse le maximum${p.max !== undefined ? ` (${p.max})` : ''}.`,
    en: `The minimum${p.min !== undefined ? ` (${p.min})` : ''} is above the maximum${p.max !== undefined ? ` (${p.max})` : ''}.`,
  }),
  commute_limit_missing: () => ({
    fr: 'Limite de déplacement manquante : indiquez des minutes, des kilomètres, ou les deux.',
    en: 'Commute limit missing: give minutes, kilometres, or both.',
  }),
  duplicate_value: (_p, v) => ({
    fr: `Valeur en double${v ? ` « ${v} »` : ''}.`,
    en: `Duplicate value${v ? ` "${v}"` : ''}.`,
  }),
  diploma_level_mismatch: (p) => ({
    fr: `Le niveau d’études (CITE ${p.actual ?? '?'}) est inférieur à celui du diplôme ${p.diploma ?? ''} (CITE ${p.expected ?? '?'}).`,
    en: `The education level (ISCED ${p.actual ?? '?'}) is below that of the diploma ${p.diploma ?? ''} (ISCED ${p.expected ?? '?'}).`,
  }),
  duplicate_id: (p, v) => ({
    fr: `Identifiant${v ? ` « ${v} »` : ''} déjà utilisé${p.firstLine !== undefined ? ` (ligne ${p.firstLine})` : p.firstIndex !== undefined ? ` (enregistrement ${p.firstIndex})` : ''}.`,
    en: `Identifier${v ? ` "${v}"` : ''} already used${p.firstLine !== undefined ? ` (line ${p.firstLine})` : p.firstIndex !== undefined ? ` (record ${p.firstIndex})` : ''}.`,
  }),
  unknown_reference: (p, v) => ({
    fr: `Référence inconnue${v ? ` « ${v} »` : ''}${p.kind ? ` (${p.kind})` : ''}.`,
    en: `Unknown reference${v ? ` "${v}"` : ''}${p.kind ? ` (${p.kind})` : ''}.`,
  }),
  empty_file: () => ({
    fr: 'Le fichier est vide ou ne contient que l’en-tête.',
    en: 'The file is empty or holds only its header.',
  }),
  missing_column: (p) => ({
    fr: `Colonne obligatoire absente : ${p.column ?? '?'}${p.accepted ? ` (noms acceptés : ${list(p.accepted)})` : ''}.`,
    en: `Required column missing: ${p.column ?? '?'}${p.accepted ? ` (accepted names: ${list(p.accepted)})` : ''}.`,
  }),
  unknown_column: (p) => ({
    fr: `Colonne ignorée : « ${p.column ?? '?'} » ne correspond à aucun champ.`,
    en: `Column ignored: "${p.column ?? '?'}" matches no field.`,
  }),
  malformed_row: (p) => {
    // A CSV reader says what broke: a cell count (found, expected) or a quote (unclosed, misplaced).
    if (p.expected !== undefined) {
      return {
        fr: `Ligne mal formée : ${p.found ?? '?'} cellule(s) au lieu de ${p.expected}.`,
        en: `Malformed row: ${p.found ?? '?'} cell(s) instead of ${p.expected}.`,
      };
    }
    if (p.quote === 'unclosed') {
      return {
        fr: 'Ligne mal formée : un guillemet n’est jamais fermé, la suite du fichier a été lue dans cette ligne.',
        en: 'Malformed row: a quote is never closed, so the rest of the file was read into this row.',
      };
    }
    if (p.quote === 'misplaced') {
      return {
        fr: 'Ligne mal formée : guillemet mal placé après une cellule entre guillemets.',
        en: 'Malformed row: a quote is misplaced after a quoted cell.',
      };
    }
    return {
      fr: `Ligne mal formée : ${p.detail ?? 'structure CSV incorrecte'}.`,
      en: `Malformed row: ${p.detail ?? 'broken CSV structure'}.`,
    };
  },
  invalid_json: (p) => ({
    fr: `JSON invalide : ${p.detail ?? 'syntaxe incorrecte'}.`,
    en: `Invalid JSON: ${p.detail ?? 'syntax error'}.`,
  }),
  encoding_fallback: (p) => ({
    fr: `Le fichier n’est pas en UTF-8 : lu comme ${p.encoding ?? 'Windows-1252'}.`,
    en: `The file is not UTF-8: read as ${p.encoding ?? 'Windows-1252'}.`,
  }),
  invalid_cell: (p, v) => ({
    fr: `Cellule illisible${v ? ` « ${v} »` : ''}${p.expected ? ` : ${p.expected} attendu` : ''}.`,
    en: `Unreadable cell${v ? ` "${v}"` : ''}${p.expected ? `: expected ${p.expected}` : ''}.`,
  }),
};

const MAX_QUOTED = 60;

/** Quotes a value briefly for a message (long values are cut, objects summarised). */
function quote(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return Array.isArray(value) ? `[${value.length}]` : '{…}';
  const text = String(value);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** Renders the message of an issue in both languages. */
export function renderIssueMessage(code: IssueCode, params: Params, value: unknown): LocalizedText {
  return MESSAGES[code](params, quote(value));
}
