import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoData } from './demo-data.js';
import { createDemoServer } from './server.js';
import { sampleCsv } from './api/csv-import.js';

// Response bodies are read loosely: the assertions say what they hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let server: Server;
let base: string;
let data: DemoData;

beforeAll(async () => {
  data = new DemoData();
  server = createDemoServer(data);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const getJson = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, body: (await response.json()) as Json };
};

const postCsv = async (kind: string, text: string, file = 'mes-candidats.csv') => {
  const response = await fetch(`${base}/api/import?kind=${kind}&file=${encodeURIComponent(file)}`, {
    method: 'POST',
    body: text,
  });
  return { status: response.status, body: (await response.json()) as Json };
};

describe('the demo server', () => {
  it('serves the page and says which Mire it shows', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<html lang="fr"');
    // The page runs under a Content-Security-Policy: its own scripts only, no eval.
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    const { body } = await getJson('/api/context');
    expect(body.mire).toEqual({ id: 'mirena', name: 'Mirena' });
    expect(body.offers).toBeGreaterThan(5);
  });

  it('lists the Mire’s open offers, newest first', async () => {
    const { body } = await getJson('/api/offers');
    const offers = body as unknown as { id: string; publishedOn: string; mireId: string }[];
    expect(offers.length).toBe(data.offers.size);
    expect(offers.every((offer) => offer.mireId === 'mirena')).toBe(true);
    const dates = offers.map((offer) => offer.publishedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('ranks the Mire’s candidates for an offer, best first, with explanations in French and English', async () => {
    const [first] = (await getJson('/api/offers')).body as unknown as { id: string }[];
    const { status, body } = await getJson(`/api/offers/${first!.id}`);
    expect(status).toBe(200);
    expect(body.matches.length).toBeGreaterThan(0);
    const scores = body.matches.map((match: { score: number }) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const top = body.matches[0];
    expect(top.reasons[0].message.fr).toBeTruthy();
    expect(top.reasons[0].message.en).toBeTruthy();
    expect(data.candidates.get(top.id)?.mireId).toBe('mirena');
    expect(body.candidates.map((c: { id: string }) => c.id)).toEqual(
      body.matches.map((m: { id: string }) => m.id),
    );
    expect(body.poolSize).toBe(data.candidates.size);
  });

  it('finds the offers within a candidate’s reach', async () => {
    const [candidate] = [...data.candidates.values()];
    const { body } = await getJson(`/api/candidates/${candidate!.id}`);
    expect(body.summary.id).toBe(candidate!.id);
    expect(body.offers.map((o: { id: string }) => o.id)).toEqual(
      body.matches.map((m: { id: string }) => m.id),
    );
    expect(body.matches.length).toBeGreaterThan(0);
    expect(body.poolSize).toBeGreaterThan(data.offers.size);
  });

  it('answers 404 with a French and English message for an unknown offer, and for an unknown path', async () => {
    const offer = await getJson('/api/offers/nope');
    expect(offer.status).toBe(404);
    expect(offer.body.error.code).toBe('unknown_offer');
    expect(offer.body.error.message.fr).toContain('nope');
    expect((await fetch(`${base}/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('computes the Mire’s dashboard for the last full year', async () => {
    const { body } = await getJson('/api/dashboard');
    expect(body.year).toBe(2025);
    const ids = body.tables.map((table: { id: string }) => table.id);
    expect(ids).toEqual(expect.arrayContaining(['activity', 'placement', 'funnel', 'breakdowns', 'targets']));
    expect(body.trend.rows.map((row: { year: string }) => row.year)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(body.trend.rows.at(-1).accompanied).toBe(
      body.tables.find((t: { id: string }) => t.id === 'placement').rows[0].accompanied,
    );
    const activity = body.tables.find((table: { id: string }) => table.id === 'activity');
    expect(activity.rows[0].accompanied).toBeGreaterThan(50);
  });

  it('assigns the Mire’s candidates to its open offers: one offer per person, no offer beyond its positions', async () => {
    const { body } = await getJson('/api/assignment');
    const offers = body.offers as {
      id: string;
      positions: number;
      open: number;
      proposed: { candidateId: string }[];
    }[];
    expect(offers).toHaveLength(data.offers.size);
    const proposed = offers.flatMap((offer) => offer.proposed.map((pair) => pair.candidateId));
    expect(new Set(proposed).size).toBe(proposed.length);
    for (const offer of offers) {
      expect(offer.proposed.length).toBeLessThanOrEqual(offer.positions);
      expect(offer.open).toBe(offer.positions - offer.proposed.length);
    }
    expect(body.filled).toBe(proposed.length);
    expect(body.positions).toBe(offers.reduce((sum, offer) => sum + offer.positions, 0));
    expect(body.filled).toBeGreaterThan(0);
    expect(proposed.every((id) => data.candidates.get(id)?.mireId === 'mirena')).toBe(true);
    // Spreading the lists over the offers' positions crowds them less, for a little relevance.
    const { before, after } = body.congestion;
    expect(after.exposureGini).toBeLessThan(before.exposureGini);
    expect(after.listingsPerPosition.max).toBeLessThanOrEqual(before.listingsPerPosition.max);
    expect(after.meanScore).toBeLessThanOrEqual(before.meanScore);
  });

  it('imports a candidates file: good rows join the pool, the bad one is listed by line, column and reason', async () => {
    const lines = sampleCsv(data, 'candidates').split('\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(';');
    const cells = lines[3]!.split(';');
    cells[header.indexOf('postal_code')] = '66000';
    lines[3] = cells.join(';');
    const before = data.candidates.size;
    const { status, body } = await postCsv('candidates', lines.join('\n'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ file: 'mes-candidats.csv', rows: 25, accepted: 24, rejected: 1, added: 24 });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ line: 4, field: 'postal_code', code: 'invalid_postal_code' });
    expect(body.errors[0].message.fr).toContain('66000');
    expect(data.candidates.size).toBe(before + 24);
  });

  it('reports a file that is not a CSV of that kind without crashing, and refuses an unknown kind', async () => {
    const empty = await postCsv('offers', '', 'vide.csv');
    expect(empty.status).toBe(200);
    expect(empty.body.accepted).toBe(0);
    expect(empty.body.errors.map((issue: { code: string }) => issue.code)).toContain('empty_file');
    const wrong = await postCsv('employers', 'id\n1');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('unknown_import_kind');
    expect((await fetch(`${base}/api/import?kind=offers`)).status).toBe(405);
  });

  it('adds imported open offers to the Mire’s list', async () => {
    const text = sampleCsv(data, 'offers');
    const { body } = await postCsv('offers', text, 'offres.csv');
    expect(body.rejected).toBe(0);
    expect(body.added).toBe(10);
    const offers = (await getJson('/api/offers')).body as unknown as { imported: boolean }[];
    expect(offers.filter((offer) => offer.imported)).toHaveLength(10);
  });
});
