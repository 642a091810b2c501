// The report's tables are written from one template row (src/docx/write-report.ts): every cell's
// text, however hostile, reads back exactly with mammoth, in its row and column, and nothing of it
// becomes markup; the rows are as many as the table has.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { WordDocument } from '../../src/core/export';
import { writeReportDocument } from '../../src/docx/write-report';

const HOSTILE = [
  'Ghi chú <w:t>chèn</w:t> & &amp; "ngoặc" \'đơn\'',
  'Thay thế $& $1 $$ $` cuối',
  'Kết thúc ]]> giữa câu \uE000 0.1\uE001',
  'Dòng một\nDòng hai\tcột',
];

function documentWith(rows: string[][]): WordDocument {
  return {
    title: 'Báo cáo',
    subject: '',
    parts: [
      {
        heading: { authority: '', issuer: 'TRƯỜNG', number: 'Số: ……/BC', placeDate: '' },
        blocks: [
          { role: 'kindName', runs: [{ text: 'BÁO CÁO' }] },
          { role: 'figures', header: ['STT', 'Nhiệm vụ', 'Chủ trì'], widths: [5, 60, 10], rows },
        ],
        signatures: [],
        recipients: ['Lưu: VT'],
      },
    ],
  };
}

/** The table headed STT (the heading and the signatures are tables too). */
const figuresTable = (html: string) =>
  html
    .split('<table>')
    .find((t) => t.includes('<p>STT</p>'))!
    .split('</table>')[0];

describe('tables written from a template row', () => {
  it('hold every cell exactly, in order, with no markup from the text', async () => {
    const rows = HOSTILE.map((text, i) => [String(i + 1), text, `CD${i}`]);
    const bytes = await writeReportDocument(documentWith(rows));
    const html = figuresTable((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
    // mammoth reads a row with <w:tblHeader w:val="off"/> as a header row too: cells are td or th.
    const cells = [...html.matchAll(/<t[dh]>(?:<p>)?(.*?)(?:<\/p>)?<\/t[dh]>/g)].map((m) =>
      m[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    const expected = rows.flat().map((s) => s.replace(/\s+/g, ' '));
    expect(cells.slice(3)).toEqual(expected);
    expect(html).not.toContain('<w:t>');
  });

  it('writes a thousand rows', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'NT']);
    const html = figuresTable(
      (await mammoth.convertToHtml({ buffer: Buffer.from(await writeReportDocument(documentWith(rows))) })).value,
    );
    expect(html.match(/<tr>/g)).toHaveLength(1001);
    expect(html).toContain('Nhiệm vụ 1000');
  });
});
