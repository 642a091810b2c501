// Capitals that live in the formatting, not the letters: a title typed "quy chế phối hợp" and
// shown as QUY CHẾ PHỐI HỢP by All Caps or Small Caps, on the run or in a style (following
// basedOn). The style reader is checked on its own, then on .docx files written by LibreOffice
// from pages whose capital lines are typed small and set in capitals by the page's style.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { readDocumentBytes } from '../../src/docx/read-document';
import { capitalStyles } from '../../src/docx/styles';
import { CORPUS } from './corpus';
import { GAP, isCapitalLine } from './layouts';
import { HEADLINE, scoreHeadline } from './score';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (type: string, id: string, inner: string) =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;

describe('styles that show their text in capitals', () => {
  const xml = `<w:styles ${W}>${[
    style('paragraph', 'Normal', ''),
    style('paragraph', 'TieuDe', '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr>'),
    style('paragraph', 'TieuDePhu', '<w:basedOn w:val="TieuDe"/>'),
    style('paragraph', 'KhongHoa', '<w:basedOn w:val="TieuDe"/><w:rPr><w:caps w:val="0"/></w:rPr>'),
    style('character', 'ChuNho', '<w:rPr><w:smallCaps w:val="true"/></w:rPr>'),
    style('paragraph', 'VongA', '<w:basedOn w:val="VongB"/>'),
    style('paragraph', 'VongB', '<w:basedOn w:val="VongA"/>'),
    style('table', 'Bang', '<w:rPr><w:caps/></w:rPr>'),
  ].join('')}</w:styles>`;

  it('follows basedOn, honours a style that turns capitals off, and ends a basedOn loop', () => {
    expect([...capitalStyles(xml)].sort()).toEqual(['ChuNho', 'TieuDe', 'TieuDePhu']);
    expect(capitalStyles(undefined).size).toBe(0);
  });
});

/** A corpus text as a web page: capital lines typed small and set in capitals by the page's style. */
function pageWithStyledCapitals(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const para = (s: string) =>
    isCapitalLine(s) ? `<p class="hoa">${esc(s.toLocaleLowerCase('vi'))}</p>` : `<p>${esc(s)}</p>`;
  const body = text.split('\n').map((line) => {
    const cells = line.trim().split(GAP);
    return cells.length > 1
      ? `<table><tr>${cells.map((c) => `<td>${para(c)}</td>`).join('')}</tr></table>`
      : para(line);
  });
  return `<html><head><meta charset="utf-8"><style>.hoa{text-transform:uppercase}</style></head><body>${body.join('')}</body></html>`;
}

describe('a .docx written by LibreOffice with its capitals in a style', () => {
  // Documents whose kind, school and signers are read off capital lines.
  const docs = CORPUS.filter((d) =>
    ['c01-cms-chrome', 'c12-party-cell-heading', 'c21-deputy-signs-interleaved'].includes(d.id),
  );

  it('reads the headline fields as the text gives them', async () => {
    expect(docs).toHaveLength(3);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phoihop-caps-'));
    const pages = docs.map((d) => {
      const file = path.join(dir, `${d.id}.html`);
      writeFileSync(file, pageWithStyledCapitals(d.text));
      return file;
    });
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        ...pages,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
    for (const d of docs) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, `${d.id}.docx`)));
      // The file holds the small letters and a style that says capitals, so the test means something.
      const parts = unzipSync(bytes);
      expect(strFromU8(parts['word/document.xml'])).not.toContain('QUY CHẾ');
      expect(strFromU8(parts['word/styles.xml'])).toContain('<w:caps/>');
      const read = await readDocumentBytes(bytes, `${d.id}.docx`);
      const score = scoreHeadline(importText(read.text).extraction, d.expected);
      expect(
        HEADLINE.filter((f) => !score[f]),
        d.id,
      ).toEqual([]);
    }
  }, 240_000);
});
