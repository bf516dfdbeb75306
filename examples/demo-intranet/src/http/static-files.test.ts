import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileInside } from './static-files.js';

const ROOT = join(sep, 'srv', 'public');

describe('files served from a folder', () => {
  it('maps a URL path to a file inside the folder', () => {
    expect(fileInside(ROOT, '/app.js')).toBe(join(ROOT, 'app.js'));
    expect(fileInside(ROOT, '/views/offers.js')).toBe(join(ROOT, 'views', 'offers.js'));
  });

  it('keeps paths that climb out inside the folder (resolved from the URL root, as a browser does)', () => {
    expect(fileInside(ROOT, '/../package.json')).toBe(join(ROOT, 'package.json'));
    expect(fileInside(ROOT, '/views/../../etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
    expect(fileInside(ROOT, '/..')).toBe(ROOT);
  });

  it('never answers with a file outside the folder, whatever the path', () => {
    const segment = fc.constantFrom('..', '.', 'a', 'views', 'b.js', '', '%2e%2e', '\\..');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const file = fileInside(ROOT, `/${parts.join('/')}`);
        if (file !== undefined) expect(relative(ROOT, file).split(sep)).not.toContain('..');
      }),
    );
  });
});
