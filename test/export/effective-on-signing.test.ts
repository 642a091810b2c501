// "Có hiệu lực (kể) từ ngày ký": Hiệu lực từ ngày holds the words "Ngày ký", the same whether the
// issue date is known at import or given later, and through export → import and renew. The model
// reads it as the issue date (none yet in a draft); nothing invents a date.
import { describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { renewRegulation } from '../../src/core/renew';
import { isOnSigning } from '../../src/core/values';
import { readDocumentBytes } from '../../src/docx/read-document';
import { writeWordDocument } from '../../src/docx/write-document';
import { exampleWith, modelOf } from '../helpers/content-grids';
import { compareModels } from './fidelity';

// A short regulation of our own: its effect clause in the body, its date filled or left blank.
const regulation = (date: string) => `TRƯỜNG MẦM NON SEN VÀNG
Số: 03/QCPH-MNSV                              Hòa An, ${date}
QUY CHẾ
Phối hợp giữa Nhà trường và Công đoàn năm học 2025-2026
Điều 1. Nhà trường chủ trì, Công đoàn phối hợp tổ chức hội nghị viên chức vào tháng 10.
Điều 2. Quy chế này có hiệu lực kể từ ngày ký.
HIỆU TRƯỞNG                              TM. BAN CHẤP HÀNH CÔNG ĐOÀN
                                         CHỦ TỊCH
Đỗ Minh Khoa                             Lò Thị Hiên`;

const roundTrip = async (content: ReturnType<typeof exampleWith>) => {
  const model = modelOf(content);
  const read = await readDocumentBytes(await writeWordDocument(buildWordDocument(model)), 'x.docx');
  return { model, read, back: modelOf(importText(read.text, { conversions: read.conversions }).content) };
};

describe('a document effective on signing', () => {
  it('is read as "Ngày ký" whether or not the issue date is known yet', () => {
    const dated = importText(regulation('ngày 12 tháng 9 năm 2025')).extraction;
    const blank = importText(regulation('ngày    tháng 9 năm 2025')).extraction;
    expect(dated.fields.issueDate?.value).toBe('12/09/2025');
    expect(blank.fields.issueDate).toBeUndefined();
    expect([dated.fields.effectiveFrom?.value, blank.fields.effectiveFrom?.value]).toEqual(['Ngày ký', 'Ngày ký']);
    // Read as written, not inferred: nothing for the clerk to confirm.
    expect(dated.fields.effectiveFrom?.checks ?? []).toEqual([]);
  });

  it("takes the regulation's own effect over its issuing decision's, and the decision's when it alone says", () => {
    const withDecision = (closing: string) => `TRƯỜNG TIỂU HỌC NGÒI ĐÁ
Số: 40/QĐ-THNĐ                                 Ngòi Đá, ngày 20 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp giữa nhà trường và Công đoàn năm học 2025-2026
HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC NGÒI ĐÁ
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa nhà trường và Công đoàn năm học 2025-2026.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận:                                      HIỆU TRƯỞNG
- Lưu: VT.                                     Vi Thị Duyên
QUY CHẾ
Phối hợp giữa nhà trường và Công đoàn năm học 2025-2026
Điều 1. Nhà trường phối hợp với Công đoàn tổ chức hội nghị viên chức hằng năm.
${closing}
TM. BCH CÔNG ĐOÀN                              HIỆU TRƯỞNG
CHỦ TỊCH
Sầm Văn Khải                                   Vi Thị Duyên`;
    const own = importText(withDecision('Điều 2. Quy chế có hiệu lực từ ngày 01/10/2025.')).extraction;
    expect(own.fields.effectiveFrom?.value).toBe('01/10/2025');
    const decisionOnly = importText(withDecision('Điều 2. Các bên tổ chức thực hiện quy chế.')).extraction;
    expect(decisionOnly.fields.effectiveFrom?.value).toBe('Ngày ký');
  });

  it('means the issue date in the model, and none while the draft has none', () => {
    for (const words of ['Ngày ký', 'từ ngày ký', 'Kể từ ngày ký.']) expect(isOnSigning(words), words).toBe(true);
    expect(isOnSigning('08/10/2025')).toBe(false);
    const signed = modelOf(exampleWith((c) => (c.document.effectiveFrom = 'Ngày ký')));
    expect(signed.document.effectiveFrom).toBe(signed.document.issueDate);
    expect(signed.document.issueDate).not.toBeNull();
    const draft = modelOf(
      exampleWith((c) => {
        c.document.effectiveFrom = 'Ngày ký';
        c.document.issueDate = null;
      }),
    );
    expect(draft.document.effectiveFrom).toBeNull();
  });

  it('is written back in those words and read back the same, said once', async () => {
    // The example's body says nothing of its effect: the closing says it.
    const { model, read, back } = await roundTrip(exampleWith((c) => (c.document.effectiveFrom = 'Ngày ký')));
    expect(read.text).toMatch(/có hiệu lực kể từ ngày ký đến hết ngày 31\/08\/\d{4}\./);
    expect(read.text).not.toMatch(/có hiệu lực từ ngày \d/);
    expect(back.document.fields.effectiveFrom?.raw).toBe('Ngày ký');
    expect(compareModels(model, back).mismatches).toEqual([]);

    // A body that says it already is not repeated by the closing.
    const saying = await roundTrip(
      exampleWith((c) => {
        c.document.effectiveFrom = 'Ngày ký';
        const last = c.blocks.clauses!.at(-1)!;
        c.blocks.clauses!.push({
          id: 'D9',
          chapter: last.chapter,
          article: 'Điều 9',
          text: 'Quy chế có hiệu lực kể từ ngày ký.',
        });
      }),
    );
    expect(saying.read.text.match(/từ ngày ký/g)).toHaveLength(1);
    expect(saying.read.text).toMatch(/Quy chế có hiệu lực đến hết ngày 31\/08\/\d{4}\./);
    expect(compareModels(saying.model, saying.back).mismatches).toEqual([]);
  });

  it('stays "Ngày ký" in next year’s draft, with or without its date, and no note asks for a date', () => {
    const model = modelOf(exampleWith((c) => (c.document.effectiveFrom = 'Ngày ký')));
    for (const issueDate of [undefined, '2026-10-07']) {
      const renewed = renewRegulation(model, { issueDate });
      expect(renewed.content.document.effectiveFrom).toBe('Ngày ký');
      expect(renewed.notes.filter((n) => /Hiệu lực từ ngày/.test(n.message.vi))).toEqual([]);
      expect(modelOf(renewed.content).document.effectiveFrom).toBe(issueDate ?? null);
    }
  });
});
