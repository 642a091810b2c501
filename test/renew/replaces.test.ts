// renew and a clause of the school's that says what the document replaces (issue 26): the clause
// is made to name the version being renewed and becomes Thay thế văn bản in its own words, so that
// next year's document says once what it replaces; where renew cannot decide, the clause stays as
// written and goes on the to-do list with its cell. The wordings are invented for these tests.
import { describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { renewRegulation, type RenewResult } from '../../src/core/renew';
import { readDocumentBytes } from '../../src/docx/read-document';
import { writeWordDocument } from '../../src/docx/write-document';
import { exampleWith, modelOf } from '../helpers/content-grids';
import { shownText } from '../helpers/printed-text';

/** The worked example (15/QCPH-MNHM-CĐ of 8 October 2026, school year 2026-2027) with one more clause, renewed. */
function renewedWith(text: string, change: Parameters<typeof exampleWith>[0] = () => {}) {
  let row = 0;
  const content = exampleWith((c) => {
    change(c);
    row = c.blocks.clauses!.length + 2;
    c.blocks.clauses!.push({ id: 'D9', chapter: 'Chương IV', article: 'Điều 9', paragraph: '', text });
  });
  const renewed = renewRegulation(modelOf(content));
  return { renewed, next: modelOf(renewed.content), cell: `Điều khoản!E${row}` };
}

const noteOf = (r: RenewResult, id: string) => r.notes.find((n) => n.messageId === id);

/** The sentences of the printed document that speak of replacing, and Thay thế văn bản as an import reads it back. */
async function exported(next: ReturnType<typeof modelOf>) {
  const bytes = await writeWordDocument(buildWordDocument(next));
  const said = (await shownText(bytes))
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /thay thế|bãi bỏ|hết hiệu lực/iu.test(s));
  const read = await readDocumentBytes(bytes, 'next.docx');
  return { said, back: modelOf(importText(read.text).content).document.fields.supersedes?.raw };
}

describe('renew: a clause saying what the document replaces', () => {
  it('named by title and school year: moved to the renewed year, said once, and read back', async () => {
    const { renewed, next, cell } = renewedWith(
      'Quy chế này được áp dụng từ năm học 2026 - 2027, thay thế cho Quy chế phối hợp giữa Nhà trường và Hội Khuyến học năm học 2025 - 2026.',
    );
    const object = 'Quy chế phối hợp giữa Nhà trường và Hội Khuyến học năm học 2026 - 2027';
    expect(next.clauses.at(-1)!.text).toBe(`Quy chế này được áp dụng từ năm học 2027 - 2028, thay thế cho ${object}.`);
    expect(next.document.fields.supersedes?.raw).toBe(object);
    const note = noteOf(renewed, 'supersedesAsClause')!;
    expect([note.sheet, note.severity]).toEqual(['Văn bản', 'info']);
    const [sheet, at] = cell.split('!');
    expect(note.message.vi).toContain(`Điều khoản D9 (trang ${sheet}, ô ${at})`);
    expect(note.message.en).toContain(`clause D9 (sheet ${sheet}, cell ${at})`);
    const { said, back } = await exported(next);
    expect(said).toEqual([`Quy chế này được áp dụng từ năm học 2027 - 2028, thay thế cho ${object}.`]);
    expect(back).toBe(object);
  });

  it('named by number and date: made to name the renewed number and date, then the sentence goes on', async () => {
    const { next } = renewedWith(
      'Quy chế này thay thế Quy chế số 12/QCPH-MNHM-CĐ ngày 06/10/2025 và có hiệu lực kể từ ngày ký.',
    );
    expect(next.clauses.at(-1)!.text).toBe(
      'Quy chế này thay thế Quy chế số 15/QCPH-MNHM-CĐ ngày 08/10/2026 và có hiệu lực kể từ ngày ký.',
    );
    expect(next.document.fields.supersedes?.raw).toBe('Quy chế số 15/QCPH-MNHM-CĐ ngày 08/10/2026');
    const { said, back } = await exported(next);
    expect(said).toHaveLength(1);
    expect(back).toBe('Quy chế số 15/QCPH-MNHM-CĐ ngày 08/10/2026');
  });

  it('what renew cannot decide stays as written, on the to-do list with its cell, and Thay thế văn bản is the previous version', () => {
    const { renewed, next, cell } = renewedWith('Quy chế này thay thế Quy chế phối hợp số 3/QC-HKH.', (c) => {
      c.document.number = '';
      c.blocks.versions = [];
    });
    expect(next.clauses.at(-1)!.text).toBe('Quy chế này thay thế Quy chế phối hợp số 3/QC-HKH.');
    expect(next.document.fields.supersedes?.raw).toBe('Quy chế phối hợp năm học 2026-2027');
    expect(noteOf(renewed, 'supersedesAsClause')).toBeUndefined();
    const unclear = noteOf(renewed, 'replacementUnclear')!;
    expect(`${unclear.sheet}!${unclear.cell}`).toBe(cell);
  });

  it('a stand-in who "thay thế" someone is not a document replaced', () => {
    const { renewed, next } = renewedWith(
      'Khi Chủ tịch Công đoàn vắng mặt, Phó Chủ tịch là người thay thế dự các cuộc họp liên tịch.',
    );
    expect(next.document.fields.supersedes?.raw).toBe('Quy chế phối hợp số 15/QCPH-MNHM-CĐ năm học 2026-2027');
    expect(noteOf(renewed, 'supersedesAsClause')).toBeUndefined();
  });

  it('a clause repealing a named document is left as written and listed with its cell', () => {
    const text = 'Kể từ ngày Quy chế này có hiệu lực, bãi bỏ Quy chế phối hợp số 7/QC-HKH ngày 2/10/2024.';
    const { renewed, next, cell } = renewedWith(text);
    expect(next.clauses.at(-1)!.text).toBe(text);
    const listed = noteOf(renewed, 'endsAnother')!;
    expect(`${listed.sheet}!${listed.cell}`).toBe(cell);
    expect(listed.message.vi).toContain(`Điều khoản D9 nói một văn bản bị bãi bỏ hoặc hết hiệu lực: "${text}"`);
    expect(listed.message.vi).toContain('thay thế Quy chế phối hợp số 15/QCPH-MNHM-CĐ năm học 2026-2027');
    expect(next.document.fields.supersedes?.raw).toBe('Quy chế phối hợp số 15/QCPH-MNHM-CĐ năm học 2026-2027');
  });
});
