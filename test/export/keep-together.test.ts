// The signed pages as LibreOffice prints them, on the worked example and every seed
// (../shared/seeds) imported and completed as a clerk would: the signatures never start a page
// alone (the closing paragraph above them comes along), and the Phân công table gives its widest
// column to the task, the long text of each row.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { runCli } from '../helpers/cli';
import { complete } from './complete';
import { at, writeWorkbook } from './helpers';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const documents: Array<[string, () => WorkbookContent]> = [
  ['the worked example', () => exampleContent()],
  ...seeds.map((s): [string, () => WorkbookContent] => [
    s,
    () => complete(importText(readFileSync(path.join(SEEDS, s), 'utf8')).content),
  ]),
];

describe('the signed pages, rendered by LibreOffice', () => {
  it.each(documents)('%s: the first signature shares its page with the closing text', async (name, content) => {
    const c = content();
    const stem = name.replace(/\W+/g, '-');
    const xlsx = await writeWorkbook(c, `${stem}.xlsx`);
    const docx = at(`${stem}.docx`);
    const pdf = at(`${stem}.pdf`);
    const r = await runCli('export', xlsx, '-o', docx, '--pdf', pdf, '--force');
    expect(existsSync(pdf), r.stderr).toBe(true);

    // The page the first signer's name is printed on, up to that name.
    const signer = String(c.blocks.signatories?.[0]?.name ?? '').trim();
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    if (signer) {
      const page = pages.findIndex((p) => p.includes(signer));
      expect(page, `${signer} printed`).toBeGreaterThanOrEqual(0);
      const above = pages[page].slice(0, pages[page].indexOf(signer)).split('\n');
      // Signature heads are in capitals; a line of running text ending its sentence is the closing's.
      const closing = above.filter((l) => /\p{Ll}/u.test(l) && /[.;:]\s*$/u.test(l));
      console.log(
        `${name}: signatures on page ${page + 1} of ${pages.length - 1}, under ${closing.length} text line(s)`,
      );
      expect(closing.length).toBeGreaterThan(0);
    }

    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    if (signer) {
      // As Word reads it too: the closing paragraph and the space under it keep with the signatures' table.
      const table = xml.lastIndexOf('<w:tbl>', xml.indexOf(signer));
      const before = [...xml.slice(0, table).matchAll(/<w:p>(.*?)<\/w:p>/gs)].slice(-2).map((m) => m[1]);
      expect(before).toHaveLength(2);
      for (const p of before) expect(p).toContain('<w:keepNext/>');
    }

    // The Phân công table's columns: the task's is the widest.
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((m) =>
      [...m[1].matchAll(/<w:gridCol w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    const table = grids.find((g) => g.length === 7);
    if (!c.blocks.responsibilities?.length) return;
    expect(table).toBeDefined();
    expect(Math.max(...table!)).toBe(table![1]);
  });
});
