// Nothing lost at import: every source line of every corpus document and every seed ends in a
// block of the workbook, on *Dòng chưa xếp* with its reason, or is a blank or a layout line the
// importer named as such. The importer says where each line went (Extraction.lines); this test
// holds each claim against the workbook content it wrote: the field is filled, the row is there
// and holds the line's words, the Dòng chưa xếp sheet lists the line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { classifyItem } from '../../src/core/import/shapes';
import { TABLE_ROW, rowCells } from '../../src/core/import/task-table';
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import type { LinePlace, UnplacedReason } from '../../src/core/import/types';
import { fold } from '../../src/core/import/vocab';
import type { WorkbookContent } from '../../src/core/template/content';
import { t } from '../../src/core/i18n';
import { CORPUS } from './corpus';
import { readDocumentBytes } from '../../src/docx/read-document';
import { DOCX_LAYOUTS, TEXT_LAYOUTS } from './layouts';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

const DOCUMENTS: Array<{ id: string; text: string }> = [
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
  ...seeds.map((f) => ({ id: `seed ${f.slice(0, 3)}`, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
];

// What a layout line is when it holds nothing to keep.
const LAYOUT = new Set([
  'decoration',
  'noise',
  'tableHeader',
  'basisHeading',
  'recipientsHead',
  'unfilledDate',
  'decisionHeading',
]);

const words = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);

// What the importer drops from a line on purpose: the signature column's "(Đã ký)" run onto it.
const SIGNED = /[([]\s*đã\s+ký\s*[)\]]/giu;

/** The share of a line's words found in a cell's text; an abbreviated title ("CTCD") by its initials. */
function covered(line: string, cell: string): number {
  const have = new Set(words(cell));
  const initials = new Set(
    fold(cell)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]),
  );
  const want = words(line.replace(SIGNED, ' '));
  const found = (w: string) =>
    have.has(w) || (want.length === 1 && /^[a-z]{3,5}$/.test(w) && [...w].every((c) => initials.has(c)));
  return want.length ? want.filter(found).length / want.length : 1;
}

/** '' when the cell holds (nearly) all the line's words. */
function holds(p: LinePlace, cell: string, where: string): string {
  const share = covered(p.text, cell);
  return share >= 0.75 ? '' : `${where} holds ${Math.round(share * 100)}% of its words`;
}

/** Why a line's place is not true of the content, or '' when it is. */
function check(p: LinePlace, c: WorkbookContent): string {
  const rows = (key: keyof WorkbookContent['blocks']) => c.blocks[key] ?? [];
  switch (p.to) {
    case 'blank':
      return p.text === '' ? '' : 'not blank';
    case 'layout':
      return LAYOUT.has(p.ref) ? '' : `layout "${p.ref}"`;
    case 'document': {
      const value = c.document[p.ref as keyof typeof c.document];
      if (!value) return `field ${p.ref} empty`;
      const note = c.notes?.document?.[DOCUMENT_FIELDS.findIndex((f) => f.key === p.ref)] ?? '';
      // "Số:" labels the number; the field holds what follows.
      const text = p.ref === 'number' ? p.text.replace(/^Số\s*:?/iu, '') : p.text;
      return holds({ ...p, text }, `${String(value)} ${note}`, `field ${p.ref}`);
    }
    case 'clauses': {
      const row = rows('clauses')[Number(p.ref) - 1];
      if (!row) return `no clause row ${p.ref}`;
      // A row of a table of tasks: its people and time go to Phân công; a row across it heads its rows.
      const cells = TABLE_ROW.test(p.text) ? rowCells(p.text) : null;
      if (cells && cells.length > 1) return '';
      const own = cells ? cells[0] : (classifyItem(p.text)?.text ?? p.text);
      return holds({ ...p, text: own }, `${String(row.chapter)} ${String(row.text)}`, `clause row ${p.ref}`);
    }
    case 'legalBases':
    case 'parties':
    case 'signatories':
    case 'recipients': {
      const k = Number(p.ref) - 1;
      const row = rows(p.to)[k];
      if (!row) return `no row ${p.ref} in ${p.to}`;
      return holds(p, `${Object.values(row).join(' ')} ${c.notes?.[p.to]?.[k] ?? ''}`, `${p.to} row ${p.ref}`);
    }
    case 'unplaced': {
      const sheet = c.extraSheets?.[0]?.rows ?? [];
      const reason = t('vi', `import.reason.${p.ref as UnplacedReason}`);
      return sheet.some((r) => r[0] === p.line && r[1] === reason) ? '' : `line not listed as ${p.ref}`;
    }
  }
}

function account(text: string) {
  const { extraction: x, content } = importText(text);
  const byLine = new Map<number, LinePlace[]>();
  for (const p of x.lines) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const missing: number[] = [];
  for (let no = 1; no <= x.lineCount; no++) if (!byLine.has(no)) missing.push(no);
  const wrong = x.lines.map((p) => ({ p, why: check(p, content) })).filter((w) => w.why);
  const notRead = x.lines.filter((p) => p.to === 'unplaced' && p.ref === 'notRead');
  return { x, missing, wrong, notRead };
}

/** Each document's lines not accounted for, with why: none when every place is true. */
function lostLines(docs: Array<{ id: string; text: string }>): { report: string[]; lines: number; lost: number } {
  const report: string[] = [];
  let lost = 0;
  let lines = 0;
  for (const doc of docs) {
    const { x, missing, wrong, notRead } = account(doc.text);
    lines += x.lineCount;
    lost += missing.length + notRead.length + new Set(wrong.map((w) => w.p.line)).size;
    if (missing.length || wrong.length || notRead.length)
      report.push(
        `${doc.id}: ${x.lineCount} lines, ${missing.length} missing, ${notRead.length} not read` +
          wrong.map((w) => `\n  ✗ ${w.p.line} ${w.why}: ${w.p.text}`).join('') +
          notRead.map((p) => `\n  ? ${p.line}: ${p.text}`).join(''),
      );
  }
  return { report, lines, lost };
}

describe('every source line is accounted for', () => {
  it('on every corpus document and seed: lines in = lines accounted for, each place true of the workbook', () => {
    const { report, lines, lost } = lostLines(DOCUMENTS);
    console.log(
      `[import] lines accounted: ${lines - lost}/${lines} on ${DOCUMENTS.length} documents\n${report.join('\n')}`,
    );
    expect(report).toEqual([]);
  });

  for (const [layout, lay] of Object.entries(TEXT_LAYOUTS))
    it(`on every corpus document as text with ${layout}`, () => {
      const { report, lines, lost } = lostLines(CORPUS.map((d) => ({ id: d.id, text: lay(d.text) })));
      console.log(`[import] lines accounted, ${layout}: ${lines - lost}/${lines}\n${report.join('\n')}`);
      expect(report).toEqual([]);
    });

  for (const [layout, lay] of Object.entries(DOCX_LAYOUTS))
    it(`on every corpus document as .docx with ${layout}`, async () => {
      const docs: Array<{ id: string; text: string }> = [];
      for (const d of CORPUS)
        docs.push({ id: d.id, text: (await readDocumentBytes(lay(d.text), `${d.id}.docx`)).text });
      const { report, lines, lost } = lostLines(docs);
      console.log(`[import] lines accounted, .docx ${layout}: ${lines - lost}/${lines}\n${report.join('\n')}`);
      expect(report).toEqual([]);
    });
});
