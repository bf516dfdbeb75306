import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsvFile } from './csv-files.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/csv');

describe('importCsvFile', () => {
  it('reads a Windows-1252 intranet export, naming the file in issues', async () => {
    const result = await importCsvFile('jobOffer', join(fixtures, 'offres-windows-1252.csv'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.fileIssues).toEqual([
      expect.objectContaining({ code: 'encoding_fallback', source: 'offres-windows-1252.csv' }),
    ]);
    expect(result.records.map((offer) => offer.id)).toEqual(['o-1', 'o-3']);
    expect(result.records[0]).toMatchObject({
      title: 'Aide ménagère (titres-services)',
      contractType: 'service_vouchers',
    });
    // o-2 spans lines 3–4 (a quoted title on two lines) and has an impossible date.
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({
      index: 1,
      line: 3,
      input: { Intitulé: 'Cariste\r\nd’entrepôt' },
    });
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'invalid_date',
      field: 'Date de publication',
      source: 'offres-windows-1252.csv',
      line: 3,
    });
  });

  it('lets options.source win, and rejects when the file cannot be read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'passerelle-csv-'));
    try {
      const path = join(folder, 'employeurs.csv');
      await writeFile(path, 'id;nom\ne1;ACME\n');
      const result = await importCsvFile('employer', path, { source: 'export du 3 mars' });
      expect(result.records).toEqual([{ id: 'e1', name: 'ACME' }]);
      await expect(importCsvFile('employer', join(folder, 'absent.csv'))).rejects.toThrow(/ENOENT/);
      await expect(importCsvFile('employer', '')).rejects.toThrow(TypeError);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
