import { createIssue, type Issue } from '../issues/issue.js';

/** The text encodings {@link decodeText} recognises. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** Decoded text with what was learnt about its bytes. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  readonly text: string;
  /** How the bytes were read. */
  readonly encoding: TextEncoding;
  /** Whether the bytes began with a UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one). */
  readonly hadBom: boolean;
  /** `encoding_fallback` (a warning) when the bytes were not UTF-8. */
  readonly issues: readonly Issue[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

// Windows-1252 bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ · Ž · · ‘ ’ “ ” • – — ˜ ™ š › œ · ž Ÿ; `·` = undefined
// bytes, which WHATWG maps to themselves). Node since 20.18.3 decodes this range as Latin-1 control characters
// (nodejs/node#56542, #60888), losing the apostrophe ’ of every French text typed in Word; browsers are right.
const C1_AS_WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 text with any C1 control character a faulty decoder left mapped to its Windows-1252 meaning. */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => C1_AS_WINDOWS_1252.charAt(char.charCodeAt(0) - 0x80));
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes the bytes of a text file exported by an intranet or a spreadsheet. A UTF-8 byte-order mark means
 * UTF-8; bytes that are valid UTF-8 are UTF-8; anything else is read as Windows-1252 (what Excel and older
 * Belgian intranets write on Windows) and an `encoding_fallback` warning says so. Uses `TextDecoder` only,
 * so it runs in browsers too. Never throws on file content.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decodeText expects a Uint8Array.');
  if (startsWithBom(bytes)) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      hadBom: true,
      issues: [],
    };
  }
  try {
    // `fatal` makes the decoder refuse invalid sequences instead of replacing them, which is the test we need.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', hadBom: false, issues: [] };
  } catch {
    // Every byte has a meaning in Windows-1252, so this read cannot fail; the warning lets people check accents.
    const text = fixC1(new TextDecoder('windows-1252').decode(bytes));
    const issue = createIssue('encoding_fallback', {
      severity: 'warning',
      params: { encoding: 'Windows-1252' },
    });
    return { text, encoding: 'windows-1252', hadBom: false, issues: [issue] };
  }
}

/** Text given as a string: only a leading byte-order mark is removed. */
export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}
