// The report's big tables are written from a template row stripped of each cell's borders
// (src/docx/write-report.ts): python-docx reads the table back and finds its own grid, single
// on every side and between cells, and no body cell with borders of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WordDocument } from '../../src/core/export';
import { writeReportDocument } from '../../src/docx/write-report';

const CHECK_OOXML = path.resolve(__dirname, '../..', '../shared/ooxml/check-ooxml.py');

function documentWith(rows: string[][]): WordDocument {
  return {
    title: 'Báo cáo',
    subject: '',
    parts: [
      {
        heading: { authority: '', issuer: 'TRƯỜNG', number: 'Số: ……/BC', placeDate: '' },
        blocks: [{ role: 'figures', header: ['STT', 'Nhiệm vụ', 'Chủ trì'], widths: [5, 60, 10], rows }],
        signatures: [],
        recipients: ['Lưu: VT'],
      },
    ],
  };
}

const READ_TABLE = `
import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
t = next(t for t in d.tables if t.cell(0, 0).text == 'STT')
b = t._tbl.tblPr.find(qn('w:tblBorders'))
print(len(t.rows), *[b.find(qn('w:' + s)).get(qn('w:val')) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')])
print(sum(1 for r in t.rows[1:] for c in r.cells if c._tc.tcPr.find(qn('w:tcBorders')) is not None))
print(t.cell(50, 1).text)
`;

describe('a report table written from a template row', () => {
  it('is drawn by its own grid on every row, and is valid OOXML', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'NT']);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'phoihop-report-grid-')), 'bao-cao.docx');
    writeFileSync(file, await writeReportDocument(documentWith(rows)));
    const out = execFileSync('/usr/bin/python3', ['-c', READ_TABLE, file], { encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(['51 single single single single single single', '0', 'Nhiệm vụ 50']);
    const members = `import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(z.testzip(), len(z.namelist()) > 10)`;
    expect(execFileSync('/usr/bin/python3', ['-c', members, file], { encoding: 'utf8' }).trim()).toBe('None True');
    execFileSync('/usr/bin/python3', [CHECK_OOXML, file]);
  });
});
