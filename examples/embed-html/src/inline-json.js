// @ts-check

/**
 * JSON to put inside `<script type="application/json">`: `<` is written `\u003c`, so that no value (a title typed
 * by an employer, say) can close the script element or open a comment; the JSON means the same.
 * @param {unknown} value
 */
export function inlineJson(value) {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Text for an HTML element's content or a quoted attribute.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
