// How batch tells that a document is the regulation of a workbook, and where they differ: as
// written for a document with a text layer; for a scan read by OCR, through what OCR confuses,
// and a field OCR did not read is "not compared", never "differs".
import { describe, expect, it } from 'vitest';
import {
  compareRegulations,
  looseYear,
  regulationKey,
  sameNumberLoosely,
  sameRegulationLoosely,
} from '../../src/core/batch/same-regulation';
import type { FileSummary, RegulationFacts } from '../../src/core/batch/types';
import { joinDocuments } from '../../src/node/batch/join-documents';
import { regulationFacts, regulationSummary } from '../helpers/batch-summaries';

const facts = (over: Partial<RegulationFacts> = {}): RegulationFacts =>
  regulationFacts(2026, {
    school: 'TRƯỜNG MẦM NON HOA MAI',
    number: '15/QCPH-MNHM-CĐ',
    issueDate: '2026-10-08',
    issueDateRaw: '08/10/2026',
    signatories: ['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh'],
    clauses: 6,
    articles: 6,
    ...over,
  });

describe('the number and school year of a scan read by OCR', () => {
  it.each([
    ['15/QCPH-MNHM-CD', 'Đ without its bar'],
    ['15/QCPH-MNHM-CÐ', 'Đ read as the Icelandic Ð'],
    ['l5/QCPH–MNHM–CĐ', 'l for 1, en dashes'],
    ['I5 / QCPH - MNHM - CĐ', 'I for 1, spaces'],
    ['15lQCPH-MNHM-CĐ', 'the slash read as a stroke'],
    ['15/QCPH-MNHN-CĐ', 'one letter misread'],
    ['15/QCPH-MNHM-CĐ.', 'a full stop after it'],
  ])('%s is 15/QCPH-MNHM-CĐ (%s)', (read) => {
    expect(sameNumberLoosely(read, '15/QCPH-MNHM-CĐ')).toBe(true);
  });

  it.each([
    ['16/QCPH-MNHM-CĐ', 'another digit'],
    ['115/QCPH-MNHM-CĐ', 'a digit more that is not where a separator was'],
    ['15/QĐ-MNHM', 'another kind of document'],
    ['15/QCPH-THCS-CĐ', 'other letters'],
    ['', 'nothing read'],
  ])('%s is not 15/QCPH-MNHM-CĐ (%s)', (read) => {
    expect(sameNumberLoosely(read, '15/QCPH-MNHM-CĐ')).toBe(false);
  });

  it('reads the school year through the same confusions, and one it did not read does not keep it apart', () => {
    expect(looseYear('2O26 – 2027')).toBe(2026);
    expect(looseYear('Năm học 2026-2027')).toBe(2026);
    expect(looseYear('')).toBeNull();
    const book = facts();
    expect(sameRegulationLoosely(facts({ number: 'l5/QCPH-MNHM-CD', schoolYear: '2O26 - 2027' }), book)).toBe(true);
    expect(sameRegulationLoosely(facts({ number: 'l5/QCPH-MNHM-CD', schoolYear: '' }), book)).toBe(true);
    expect(sameRegulationLoosely(facts({ schoolYear: '2025-2026' }), book)).toBe(false);
    expect(sameRegulationLoosely(facts({ number: '16/QCPH-MNHM-CĐ' }), book)).toBe(false);
  });

  it('the exact key of a document with a text layer stays as written', () => {
    expect(regulationKey(facts({ number: '15/QCPH - MNHM-CĐ', schoolYear: '2026 - 2027' }))).toBe(
      regulationKey(facts()),
    );
    expect(regulationKey(facts({ number: '15/QCPH-MNHM-CD' }))).not.toBe(regulationKey(facts()));
    expect(regulationKey(facts({ schoolYear: '' }))).toBe('');
  });
});

describe('where a workbook and its document differ', () => {
  it('a document with a text layer: as written', () => {
    const doc = facts({ number: '15/QCPH-MNHM-CD', signatories: ['Tran Thi Lan'], clauses: 7 });
    expect(compareRegulations(facts(), doc, false)).toEqual({
      differ: ['number', 'signatories', 'clauses'],
      unchecked: [],
    });
    expect(compareRegulations(facts(), facts(), false)).toEqual({ differ: [], unchecked: [] });
  });

  it('a scan: OCR confusions are not differences', () => {
    const doc = facts({
      number: 'l5/QCPH-MNHM-CD',
      signatories: ['Tran Thi Lan', 'Nguyễn Thi Hưong', 'Lê Thị Mal', 'Phạm Văn Minh'],
    });
    expect(compareRegulations(facts(), doc, true)).toEqual({ differ: [], unchecked: [] });
  });

  it('a scan: what OCR did not read, or a clause count its guessed layout gives otherwise, is not compared', () => {
    const doc = facts({ issueDate: null, issueDateRaw: '', signatories: ['Trần Thị Lan'], clauses: 29 });
    expect(compareRegulations(facts(), doc, true)).toEqual({
      differ: [],
      unchecked: ['issueDate', 'signatories', 'clauses'],
    });
    expect(compareRegulations(facts(), facts({ signatories: [], clauses: 6, articles: 0 }), true).unchecked).toEqual([
      'signatories',
    ]);
  });

  it('a scan: what truly differs is said', () => {
    const doc = facts({
      number: '16/QCPH-MNHM-CĐ',
      issueDate: '2026-10-09',
      issueDateRaw: '09/10/2026',
      signatories: ['Trần Thị Lan', 'Hoàng Văn Nam'],
      clauses: 8,
      articles: 7,
    });
    expect(compareRegulations(facts(), doc, true)).toEqual({
      differ: ['number', 'issueDate', 'signatories', 'clauses'],
      unchecked: [],
    });
  });
});

describe('joining a scan read by OCR with its workbook', () => {
  const summary = (path: string, r: RegulationFacts, document?: FileSummary['document']): FileSummary =>
    regulationSummary(path, r, document ? { document } : {});
  const scan = (path: string, over: Partial<RegulationFacts>) =>
    summary(path, facts(over), { format: 'pdf', path, pages: 4, ocr: true, toCheck: 30 });
  const noContent = async () => null;

  it('a number misread joins the workbook of its folder, and is no difference', async () => {
    const rows = [
      summary('hoa-mai/so.xlsx', facts()),
      scan('hoa-mai/quet.pdf', { number: 'l5/QCPH-MNHM-CD', schoolYear: '2O26 - 2027', signatories: [] }),
    ];
    await joinDocuments(rows, noContent);
    expect(rows.map((r) => r.path)).toEqual(['hoa-mai/so.xlsx']);
    expect(rows[0].document).toMatchObject({
      path: 'hoa-mai/quet.pdf',
      ocr: true,
      disagreements: [],
      unchecked: ['signatories'],
    });
  });

  it('matched only loosely, a scan of another folder and school keeps its own row', async () => {
    const rows = [
      summary('hoa-mai/so.xlsx', facts()),
      scan('khac/quet.pdf', { number: 'l5/QCPH-MNHM-CD', school: 'TRƯỜNG MẦM NON HOA LAN' }),
    ];
    await joinDocuments(rows, noContent);
    expect(rows).toHaveLength(2);
    expect(rows[0].document).toBeUndefined();
    expect(rows[1].document!.sameNumber).toEqual(['hoa-mai/so.xlsx']);
  });

  it('a document with a text layer is not matched loosely', async () => {
    const rows = [
      summary('hoa-mai/so.xlsx', facts()),
      summary('hoa-mai/ban.pdf', facts({ number: '15/QCPH-MNHM-CD' }), {
        format: 'pdf',
        path: 'hoa-mai/ban.pdf',
        toCheck: 0,
      }),
    ];
    await joinDocuments(rows, noContent);
    expect(rows).toHaveLength(2);
  });
});
