// @ts-check

/** The port `npm start` listens on when PORT is not set. */
export const DEFAULT_PORT = 8080;

/**
 * The port PORT asks for: the default when unset, 0 for any free port; a RangeError naming the variable otherwise.
 * @param {string | undefined} text
 * @returns {number}
 */
export function parsePort(text) {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`PORT must be a whole number from 0 to 65535, got "${text}".`);
  }
  return port;
}
