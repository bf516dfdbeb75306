import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidate, parseJobOffer } from '@passerelle/core';
import { PAGE_FILE, pageData, WIDGETS_SCRIPT } from './main.js';
import { escapeHtml, inlineJson } from './inline-json.js';
import { renderPage } from './render-page.js';

/** The inline JSON documents of a page, by the tag of the element holding them. */
function inlineDocuments(html: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const pattern = /<(passerelle-[a-z-]+)[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g;
  for (const [, tag, json] of html.matchAll(pattern)) found[tag!] = JSON.parse(json!);
  return found;
}

const REFRESH =
  'index.html is out of date: run `npm run render -w @passerelle/example-embed-html` and format it.';

describe('the embed-html example page', () => {
  const committed = readFileSync(PAGE_FILE, 'utf8');
  const data = pageData();

  it('holds, as inline JSON, what the server renders today (offer, pool, the best result explained)', () => {
    const documents = inlineDocuments(committed);
    expect(Object.keys(documents).sort(), REFRESH).toEqual([
      'passerelle-match-list',
      'passerelle-offer-card',
      'passerelle-score-breakdown',
    ]);
    expect(documents['passerelle-offer-card'], REFRESH).toEqual(
      JSON.parse(JSON.stringify({ offer: data.offer, taxonomy: data.labels })),
    );
    expect(documents['passerelle-match-list'], REFRESH).toEqual(
      JSON.parse(JSON.stringify({ offer: data.offer, candidates: data.candidates })),
    );
    expect(documents['passerelle-score-breakdown'], REFRESH).toEqual(
      JSON.parse(JSON.stringify({ match: data.best })),
    );
    expect(committed).toContain(`<script defer src="${WIDGETS_SCRIPT}"></script>`);
  });

  it('renders records that core accepts, and the same documents as the committed page', () => {
    expect(parseJobOffer(data.offer).ok).toBe(true);
    expect(data.candidates.every((candidate) => parseCandidate(candidate).ok)).toBe(true);
    expect(data.candidates.map((c) => c.id)).toContain(data.best.id);
    expect(inlineDocuments(renderPage(data))).toEqual(inlineDocuments(committed));
  });

  it('writes inline JSON that reads back the same and that no value can break out of', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = inlineJson(value);
        expect(text).not.toContain('<');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    const title = '</script><script>alert(1)</script>';
    const page = renderPage({ ...data, offer: { ...data.offer, title } });
    expect(page).not.toContain(title);
    expect(inlineDocuments(page)['passerelle-offer-card']).toMatchObject({ offer: { title } });
  });

  it('escapes text for HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;',
    );
  });
});
