// @ts-check
// Answers in JSON, and reads request bodies with a size limit.

/** The largest CSV the demo accepts by drag and drop: a Mire's whole export fits many times over. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** An error the client caused: sent as JSON with its status, a stable code and a French and English message. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {{ fr: string, en: string }} message
   */
  constructor(status, code, message) {
    super(message.en);
    this.status = status;
    this.code = code;
    this.localized = message;
  }
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 */
export function sendJson(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {HttpError} error
 */
export function sendError(response, error) {
  sendJson(response, error.status, { error: { code: error.code, message: error.localized } });
}

/**
 * The request body as bytes; a 413 HttpError past `limit`.
 * @param {import('node:http').IncomingMessage} request
 * @param {number} [limit]
 * @returns {Promise<Uint8Array>}
 */
export function readBody(request, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new HttpError(413, 'file_too_large', {
            fr: `Fichier trop volumineux : au plus ${limit / 1024 / 1024} Mo.`,
            en: `File too large: at most ${limit / 1024 / 1024} MB.`,
          }),
        );
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}
