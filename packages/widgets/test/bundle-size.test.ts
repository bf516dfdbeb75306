// The size budget of the one-script-tag bundle, measured on the built files (a size is deterministic).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../dist');

/** Every widget, Lit, d3-scale and d3-shape included, minified then gzipped (level 9): at most 60 KB. */
export const WIDGETS_BUDGET = 60 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Regression guards for what loads only on use (not part of the 60 KB): the engine's chunks (matching, core,
 * zod, the starter taxonomy and gazetteer), the skill search and the reporting helpers together, and the IIFE,
 * which holds everything in one file because a classic script cannot load chunks.
 */
export const LAZY_CHUNKS_BUDGET = 130 * 1024;
export const IIFE_BUDGET = 180 * 1024;

/** A message when `file` is over `budget` bytes once gzipped, else undefined. */
function overBudget(file: string, budget: number): string | undefined {
  const size = gzipSize(file);
  const name = file.slice(DIST.length + 1);
  return size <= budget ? undefined : `${name} is ${size} bytes min+gzip, over the budget of ${budget}`;
}

/** The lazily loaded chunks of the ES bundle (matching engine, skill search). */
const lazyChunks = () => {
  const dir = join(DIST, 'bundle');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => join(dir, name))
    : [];
};

/** Relative modules a built file imports statically (`import … from './x.js'`), not dynamically. */
const staticImports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+)["']/g,
    ),
  ].map((match) => match[1] as string);

describe('the one-script-tag bundle', () => {
  const entry = join(DIST, 'passerelle-widgets.js');

  it('registers every widget within 60 KB min+gzip, and loads nothing else before a widget needs it', () => {
    expect(overBudget(entry, WIDGETS_BUDGET)).toBeUndefined();
    // Everything the entry imports statically counts in the budget: nothing may hide in a static chunk.
    expect(staticImports(entry)).toEqual([]);
  });

  it('keeps what loads on use within its own budgets', () => {
    const chunks = lazyChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const total = chunks.reduce((sum, file) => sum + gzipSize(file), 0);
    expect(total, `lazy chunks: ${total} bytes min+gzip`).toBeLessThanOrEqual(LAZY_CHUNKS_BUDGET);
    expect(overBudget(join(DIST, 'passerelle-widgets.iife.js'), IIFE_BUDGET)).toBeUndefined();
  });

  it('keeps zod, natural and Node built-ins out of the entry', () => {
    const js = readFileSync(entry, 'utf8');
    expect(js).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(js).not.toContain('porter_stemmer');
    // zod's error maps name this issue code; none of its code may be in the eager part.
    expect(js).not.toContain('invalid_union_discriminator');
  });

  it('is also built as an IIFE that needs no module loader', () => {
    const js = readFileSync(join(DIST, 'passerelle-widgets.iife.js'), 'utf8');
    expect(js).not.toMatch(/^\s*import\s|^export\s/m);
    expect(js.trimStart().startsWith('var PasserelleWidgets') || js.includes('PasserelleWidgets=')).toBe(
      true,
    );
  });

  it('the size check can fail: a budget below the measured size is reported', () => {
    expect(overBudget(entry, 1024)).toMatch(
      /^passerelle-widgets\.js is \d+ bytes min\+gzip, over the budget of 1024/,
    );
    for (const chunk of lazyChunks()) expect(overBudget(chunk, 1)).toBeDefined();
  });
});
