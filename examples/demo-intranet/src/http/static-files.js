// @ts-check
// Serves the page's own files, and the widgets' one-script-tag bundle under /vendor/.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * What the page may load and run: its own files only — no inline script, no inline style, no eval, nothing from
 * elsewhere — as a careful intranet would set it, so that the demo shows the widgets work under it (they size
 * their bars with SVG attributes, not style attributes; the end-to-end test fails on any violation).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The file a URL path names inside a folder, or undefined when the path leaves it.
 * @param {string} root
 * @param {string} urlPath a decoded path starting with `/`
 */
export function fileInside(root, urlPath) {
  const relative = normalize(urlPath).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return undefined;
  const file = join(root, relative);
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/**
 * Streams a file with its content type; false when there is no such file.
 * @param {import('node:http').ServerResponse} response
 * @param {string | undefined} file
 * @param {boolean} [headOnly]
 */
export async function sendFile(response, file, headOnly = false) {
  if (file === undefined) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  response.writeHead(200, {
    'content-type':
      CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (extname(file))] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(extname(file) === '.html' ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
  });
  if (headOnly) {
    response.end();
    return true;
  }
  await pipeline(createReadStream(file), response);
  return true;
}
