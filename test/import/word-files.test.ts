// Word files written by another program than ours (LibreOffice, from web pages), read back:
// capitals that live in the formatting, not the letters (a title typed "quy chế phối hợp" and
// shown as QUY CHẾ PHỐI HỢP by All Caps or Small Caps, on the run or in a style through
// basedOn), and a plan's table of tasks with cells merged across and down.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { readDocumentBytes } from '../../src/docx/read-document';
import { capitalStyles } from '../../src/docx/styles';
import { CORPUS } from './corpus';
import { GAP, isCapitalLine } from './layouts';
import { HEADLINE, scoreHeadline } from './score';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

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

/** Convert web pages to .docx in one LibreOffice run; the .docx files' bytes, by page. */
function wordFromPages(pages: Record<string, string>): Record<string, Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phoihop-word-'));
  const files = Object.entries(pages).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
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
      ...files,
    ],
    { stdio: 'pipe', timeout: HANG_GUARD_MS },
  );
  return Object.fromEntries(
    Object.keys(pages).map((name) => [name, new Uint8Array(readFileSync(path.join(dir, `${name}.docx`)))]),
  );
}

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

// A plan's table as a page draws it: "Thực hiện" across Chủ trì and Phối hợp, "TT" and the
// others down both header rows, a term's row across the table, a month merged down two rows.
const PLAN_PAGE = `<html><head><meta charset="utf-8"></head><body>
<table><tr><td><p>PHÒNG GD&amp;ĐT HUYỆN MÊ LINH</p><p>TRƯỜNG MẦM NON TIỀN PHONG</p><p>Số: 12/KH-MNTP</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Mê Linh, ngày 15 tháng 9 năm 2025</p></td></tr></table>
<p>KẾ HOẠCH</p><p>Phối hợp giữa nhà trường và Công đoàn năm học 2025-2026</p>
<p>Căn cứ Luật Công đoàn năm 2024;</p>
<p>I. NỘI DUNG PHỐI HỢP</p>
<table border="1">
<tr><td rowspan="2">TT</td><td rowspan="2">Nội dung công việc</td><td rowspan="2">Thời gian</td><td colspan="2">Thực hiện</td></tr>
<tr><td>Chủ trì</td><td>Phối hợp</td></tr>
<tr><td colspan="5">HỌC KỲ I</td></tr>
<tr><td>1</td><td><p>- Tổ chức Hội nghị viên chức.</p><p>- Ký giao ước thi đua.</p></td><td rowspan="2">Tháng 9/2025</td><td>Hiệu trưởng</td><td>BCH Công đoàn</td></tr>
<tr><td>2</td><td>Tổ chức Tết Trung thu cho trẻ.</td><td>Công đoàn</td><td>Nhà trường</td></tr>
<tr><td>3</td><td>Thăm hỏi đoàn viên ốm đau.</td><td>Thường xuyên</td><td>Công đoàn</td><td></td></tr>
</table>
<p>HIỆU TRƯỞNG</p><p>Nguyễn Thị Mận</p></body></html>`;

describe('.docx files written by LibreOffice', () => {
  // Documents whose kind, school and signers are read off capital lines.
  const capitals = CORPUS.filter((d) =>
    ['c01-cms-chrome', 'c12-party-cell-heading', 'c21-deputy-signs-interleaved'].includes(d.id),
  );
  let word: Record<string, Uint8Array> = {};
  beforeAll(() => {
    word = wordFromPages({
      plan: PLAN_PAGE,
      ...Object.fromEntries(capitals.map((d) => [d.id, pageWithStyledCapitals(d.text)])),
    });
  });

  it('reads the headline fields of a page whose capitals are set by its style', async () => {
    expect(capitals).toHaveLength(3);
    for (const d of capitals) {
      // The file holds the small letters and a style that says capitals, so the test means something.
      const parts = unzipSync(word[d.id]);
      expect(strFromU8(parts['word/document.xml'])).not.toContain('QUY CHẾ');
      expect(strFromU8(parts['word/styles.xml'])).toContain('<w:caps/>');
      const read = await readDocumentBytes(word[d.id], `${d.id}.docx`);
      const score = scoreHeadline(importText(read.text).extraction, d.expected);
      expect(
        HEADLINE.filter((f) => !score[f]),
        d.id,
      ).toEqual([]);
    }
  });

  it("reads a plan's table of tasks with merged cells, a task a row", async () => {
    const xml = strFromU8(unzipSync(word.plan)['word/document.xml']);
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    const read = await readDocumentBytes(word.plan, 'plan.docx');
    const x = importText(read.text).extraction;
    expect(x.facts).toMatchObject({ kind: 'ke_hoach', issueDate: '2025-09-15', schoolYear: '2025-2026' });
    expect(x.clauses.map((c) => [c.id, c.text])).toEqual([
      ['I.1', 'Tổ chức Hội nghị viên chức. Ký giao ước thi đua.'],
      ['I.2', 'Tổ chức Tết Trung thu cho trẻ.'],
      ['I.3', 'Thăm hỏi đoàn viên ốm đau.'],
    ]);
    expect(x.responsibilities.map((r) => [r.clauseId, r.lead, r.support.join(','), r.cadence, r.months])).toEqual([
      ['I.1', 'NT', 'CD', '', 'T9'],
      ['I.2', 'CD', 'NT', '', 'T9'],
      ['I.3', 'CD', '', 'Thường xuyên', ''],
    ]);
    expect(x.signatories.map((s) => s.name)).toEqual(['Nguyễn Thị Mận']);
  });
});
