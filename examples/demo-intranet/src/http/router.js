// @ts-check
// A route table: method and path pattern (`/api/offers/:id`) to a handler that returns what to send as JSON.
import { HttpError } from './respond.js';

/**
 * @typedef {{ params: Record<string, string>, query: URLSearchParams, request: import('node:http').IncomingMessage }} RouteContext
 * @typedef {(context: RouteContext) => unknown | Promise<unknown>} RouteHandler
 */

/**
 * @param {string} pattern
 * @returns {(path: string) => Record<string, string> | undefined}
 */
function compile(pattern) {
  const names = [];
  const source = pattern
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const regex = new RegExp(`^${source}$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
  };
}

export class Router {
  /** @type {{ method: string, match: (path: string) => Record<string, string> | undefined, handler: RouteHandler }[]} */
  #routes = [];

  /**
   * @param {string} method
   * @param {string} pattern
   * @param {RouteHandler} handler
   */
  on(method, pattern, handler) {
    this.#routes.push({ method, match: compile(pattern), handler });
    return this;
  }

  /**
   * The handler for a request path, with its parameters; a 405 HttpError when only the method is wrong, undefined
   * when no route has the path.
   * @param {string} method
   * @param {string} path
   */
  find(method, path) {
    let pathKnown = false;
    for (const route of this.#routes) {
      const params = route.match(path);
      if (params === undefined) continue;
      if (route.method === method) return { handler: route.handler, params };
      pathKnown = true;
    }
    if (pathKnown) {
      throw new HttpError(405, 'method_not_allowed', {
        fr: `Méthode ${method} non permise ici.`,
        en: `Method ${method} is not allowed here.`,
      });
    }
    return undefined;
  }
}
