// The page's calls to the demo server. A failed call becomes an Error carrying the server's French and English
// message, so that the page can show it in its language.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message?.en ?? code);
    this.status = status;
    this.code = code;
    this.localized = message;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiError(response.status, body?.error?.code ?? 'http_error', body?.error?.message);
  return body;
}

/** GET a JSON document of the API. */
export async function getJson(path) {
  return answer(await fetch(path, { headers: { accept: 'application/json' } }));
}

/** Sends a CSV file to the importer; resolves to its report. */
export async function postCsv(kind, file) {
  const url = `/api/import?kind=${encodeURIComponent(kind)}&file=${encodeURIComponent(file.name)}`;
  return answer(await fetch(url, { method: 'POST', body: file, headers: { 'content-type': 'text/csv' } }));
}
