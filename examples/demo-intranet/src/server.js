// @ts-check
// The demo's web server: the page and its files, the widgets' bundle, and a small JSON API over the demo data.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { HttpError, readBody, sendError, sendJson } from './http/respond.js';
import { Router } from './http/router.js';
import { fileInside, sendFile } from './http/static-files.js';
import { candidatesForOffer, offersForCandidate } from './api/rankings.js';
import { candidateSummary, offerSummary } from './api/summaries.js';
import { checkImportKind, importUserCsv, sampleCsv } from './api/csv-import.js';
import { computeDashboard } from './api/dashboard.js';
import { computeAssignment } from './api/assignment.js';
import { widgetsBundleDir } from './widgets-bundle.js';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/**
 * The API's routes over one set of demo data.
 * @param {import('./demo-data.js').DemoData} data
 */
export function apiRoutes(data) {
  /** @type {ReturnType<typeof computeDashboard> | undefined} */
  let dashboard;
  /** @type {{ version: number, result: ReturnType<typeof computeAssignment> } | undefined} */
  let assignment;
  return (
    new Router()
      .on('GET', '/api/context', () => ({
        mire: { id: data.mire.id, name: data.mire.name },
        referenceDate: data.referenceDate,
        seed: data.seed,
        candidates: data.candidates.size,
        offers: data.offers.size,
      }))
      // The starter taxonomy's data: the widgets' labels for skills and occupations.
      .on('GET', '/api/taxonomy', () => data.taxonomy.toData())
      .on('GET', '/api/offers', () =>
        [...data.offers.values()]
          .map((offer) => offerSummary(data, offer))
          .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id)),
      )
      .on('GET', '/api/offers/:id', ({ params }) => candidatesForOffer(data, params.id ?? ''))
      .on('GET', '/api/candidates', () =>
        [...data.candidates.values()].map((candidate) => candidateSummary(data, candidate)),
      )
      .on('GET', '/api/candidates/:id', ({ params }) => offersForCandidate(data, params.id ?? ''))
      .on('GET', '/api/dashboard', () => (dashboard ??= computeDashboard(data)))
      .on('GET', '/api/assignment', () => {
        // Redone after an import changed the lists.
        if (assignment?.version !== data.version) {
          assignment = { version: data.version, result: computeAssignment(data) };
        }
        return assignment.result;
      })
      .on('POST', '/api/import', async ({ query, request }) => {
        const kind = checkImportKind(query.get('kind'));
        const bytes = await readBody(request);
        return importUserCsv(data, kind, bytes, query.get('file') || `${kind}.csv`);
      })
  );
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {string} path
 * @param {import('./demo-data.js').DemoData} data
 */
function sendSample(response, path, data) {
  const kind = path.endsWith('candidats.csv') ? 'candidates' : 'offers';
  const text = sampleCsv(data, kind);
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="exemple-${kind === 'candidates' ? 'candidats' : 'offres'}.csv"`,
  });
  response.end(text);
}

/**
 * The demo's HTTP server (not yet listening).
 * @param {import('./demo-data.js').DemoData} data
 */
export function createDemoServer(data) {
  const routes = apiRoutes(data);
  const bundleDir = widgetsBundleDir();
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith('/api/')) {
        const route = routes.find(request.method ?? 'GET', path);
        if (route === undefined) throw notFound(path);
        const body = await route.handler({ params: route.params, query: url.searchParams, request });
        sendJson(response, 200, body);
        return;
      }
      if (path === '/exemples/candidats.csv' || path === '/exemples/offres.csv') {
        sendSample(response, path, data);
        return;
      }
      const headOnly = request.method === 'HEAD';
      const file = path.startsWith('/vendor/')
        ? bundleDir && fileInside(bundleDir, path.slice('/vendor'.length))
        : fileInside(PUBLIC_DIR, path === '/' ? '/index.html' : path);
      if (!(await sendFile(response, file ?? undefined, headOnly))) throw notFound(path);
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(response, error);
      } else if (error instanceof URIError) {
        sendError(
          response,
          new HttpError(400, 'bad_path', { fr: 'Adresse illisible.', en: 'Unreadable address.' }),
        );
      } else {
        // A bug of ours: say so on the console and to the browser, and keep serving.
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        if (!response.headersSent) {
          sendError(
            response,
            new HttpError(500, 'server_error', { fr: 'Erreur du serveur.', en: 'Server error.' }),
          );
        } else response.end();
      }
    }
  });
}

/** @param {string} path */
function notFound(path) {
  return new HttpError(404, 'not_found', { fr: `Rien à l’adresse ${path}.`, en: `Nothing at ${path}.` });
}
