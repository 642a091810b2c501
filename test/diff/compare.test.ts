// diff's core: pairs made from the worked example, each with known changes, list exactly those
// changes (block, kind, key, values and cells); what only looks different is no change.
import { describe, expect, it } from 'vitest';
import {
  changeSummary,
  compareRegulations,
  comparisonRows,
  formatComparisonText,
  type Change,
} from '../../src/core/diff';
import type { WorkbookContent } from '../../src/core/template/content';
import { example, modelOf } from '../helpers/content-grids';

type Edit = (c: WorkbookContent) => void;

const compare = (edit: Edit, before: Edit = () => {}) => {
  const a = example();
  before(a);
  const b = structuredClone(a);
  edit(b);
  return compareRegulations(modelOf(a), modelOf(b), { old: 'cu.xlsx', new: 'moi.xlsx' });
};
const brief = (cs: Change[]) => cs.map((c) => [c.block, c.change, c.key]);

const clauses = (c: WorkbookContent) => c.blocks.clauses!;
const clause = (c: WorkbookContent, id: string) => clauses(c).find((x) => x.id === id)!;
const reword: Edit = (c) => {
  clause(c, 'D3').text = 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn và kỹ năng số cho giáo viên.';
};
const addClause: Edit = (c) => {
  clauses(c).push({ id: 'D7', chapter: 'Chương III', article: 'Điều 7', paragraph: '', text: 'Điều khoản thi hành.' });
};
const removeClause: Edit = (c) => {
  clauses(c).splice(clauses(c).indexOf(clause(c, 'D5')), 1);
};
const renumber: Edit = (c) => {
  clause(c, 'D6').article = 'Điều 8';
};
const addParty: Edit = (c) => {
  c.blocks.parties!.push({
    code: 'UBND',
    name: 'Ủy ban nhân dân xã Hòa Bình',
    kind: 'Chính quyền địa phương',
    role: 'Phối hợp thực hiện',
    note: '',
  });
};
const changeSignatory: Edit = (c) => {
  c.blocks.signatories![1].name = 'Đỗ Thị Hạnh';
};
const changeCadence: Edit = (c) => {
  c.blocks.responsibilities![1].cadence = 'Mỗi học kỳ';
};
const removeBasis: Edit = (c) => {
  c.blocks.legalBases!.splice(1, 1);
};

describe('diff: changes between two regulation workbooks', () => {
  it('finds nothing between a workbook and its copy', () => {
    const cmp = compare(() => {});
    expect(cmp.changes).toEqual([]);
    expect(formatComparisonText(cmp, 'vi')).toContain('Không có thay đổi nào.');
    expect(changeSummary(cmp, 'vi')).toBe('So với năm trước: không có thay đổi.');
  });

  it('a reworded clause is changed, with its text as old and new, its cell, and the words that changed', () => {
    const [c, ...rest] = compare(reword).changes;
    expect(rest).toEqual([]);
    expect([c.block, c.change, c.key]).toEqual(['clauses', 'changed', 'D3']);
    expect(c.old).toBe(example().blocks.clauses![2].text);
    expect(c.new).toBe('Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn và kỹ năng số cho giáo viên.');
    // D3 is the third clause, sheet row 4; Nội dung is the fifth column.
    expect([c.oldCell, c.newCell]).toEqual(['Điều khoản!E4', 'Điều khoản!E4']);
    const inserted = c.words!.filter((w) => w.kind === 'inserted').map((w) => w.text.trim());
    const deleted = c.words!.filter((w) => w.kind === 'deleted').map((w) => w.text.trim());
    expect(inserted.join(' ')).toBe('và kỹ năng số');
    expect(deleted).toEqual([]);
    expect(formatComparisonText(compare(reword), 'vi')).toContain('chuyên môn {+và kỹ năng số +}cho giáo viên');
  });

  it('an added and a removed clause, each with the cell of the side it is on', () => {
    expect(brief(compare(addClause).changes)).toEqual([['clauses', 'added', 'D7']]);
    const [added] = compare(addClause).changes;
    expect([added.old, added.new, added.oldCell, added.newCell]).toEqual([
      null,
      'Điều khoản thi hành.',
      null,
      'Điều khoản!A8',
    ]);
    const [removed, ...rest] = compare(removeClause).changes;
    expect(rest).toEqual([]);
    expect([removed.block, removed.change, removed.key, removed.oldCell, removed.newCell]).toEqual([
      'clauses',
      'removed',
      'D5',
      'Điều khoản!A6',
      null,
    ]);
  });

  it('a renumbered clause with the same text is moved, found by its Mã or, when that changed too, by its text', () => {
    const [byId, ...none] = compare(renumber).changes;
    expect(none).toEqual([]);
    expect([byId.block, byId.change, byId.key, byId.old, byId.new]).toEqual([
      'clauses',
      'moved',
      'D6',
      'Điều 6',
      'Điều 8',
    ]);
    const [byText, ...none2] = compare((c) => {
      clauses(c)[5].id = 'D8';
      clauses(c)[5].article = 'Điều 8';
    }).changes;
    expect(none2).toEqual([]);
    expect([byText.change, byText.key, byText.old, byText.new]).toEqual([
      'moved',
      'D8',
      { Mã: 'D6', Điều: 'Điều 6' },
      { Mã: 'D8', Điều: 'Điều 8' },
    ]);
  });

  it('a clause whose Mã alone changed is found by its text: its Mã changed, nothing moved', () => {
    const [c, ...none] = compare((c) => {
      clause(c, 'D4').id = 'D4A';
    }).changes;
    expect(none).toEqual([]);
    expect([c.block, c.change, c.key, c.old, c.new, c.newCell, c.words]).toEqual([
      'clauses',
      'changed',
      'D4A',
      'D4',
      'D4A',
      'Điều khoản!A5',
      undefined,
    ]);
  });

  it('a clause renumbered and reworded is changed, not removed and added', () => {
    const cmp = compare((c) => {
      renumber(c);
      clauses(c)[5].text = 'Chế độ họp, sơ kết học kỳ, tổng kết năm học và rà soát quy chế.';
    });
    expect(brief(cmp.changes)).toEqual([['clauses', 'changed', 'D6']]);
    expect(cmp.changes[0].fields.map((f) => f.label)).toEqual(['Điều', 'Nội dung']);
  });

  it('a party added, a signatory changed, a cadence changed, a basis removed: each one change with its key', () => {
    expect(brief(compare(addParty).changes)).toEqual([['parties', 'added', 'UBND']]);
    const [sig] = compare(changeSignatory).changes;
    expect([sig.block, sig.change, sig.key, sig.old, sig.new, sig.newCell]).toEqual([
      'signatories',
      'changed',
      'CD',
      example().blocks.signatories![1].name,
      'Đỗ Thị Hạnh',
      'Người ký!B3',
    ]);
    const [cadence, ...more] = compare(changeCadence).changes;
    expect(more).toEqual([]);
    expect([cadence.block, cadence.change, cadence.key, cadence.old, cadence.new, cadence.newCell]).toEqual([
      'responsibilities',
      'changed',
      '2',
      'Đầu năm học',
      'Mỗi học kỳ',
      'Phân công!F3',
    ]);
    const [basis, ...others] = compare(removeBasis).changes;
    expect(others).toEqual([]);
    expect([basis.block, basis.change, basis.key, basis.oldCell]).toEqual([
      'bases',
      'removed',
      '50/2024/QH15',
      'Căn cứ!A3',
    ]);
  });

  it('all of them at once: exactly those changes, grouped by block in the contract’s order', () => {
    const cmp = compare((c) => {
      for (const edit of [
        reword,
        addClause,
        removeClause,
        renumber,
        addParty,
        changeSignatory,
        changeCadence,
        removeBasis,
      ])
        edit(c);
    });
    expect(brief(cmp.changes)).toEqual([
      ['bases', 'removed', '50/2024/QH15'],
      ['parties', 'added', 'UBND'],
      ['signatories', 'changed', 'CD'],
      ['clauses', 'changed', 'D3'],
      ['clauses', 'removed', 'D5'],
      ['clauses', 'moved', 'D6'],
      ['clauses', 'added', 'D7'],
      ['responsibilities', 'changed', '2'],
    ]);
    const text = formatComparisonText(cmp, 'vi');
    expect(text).toContain('Điều khoản: 4 thay đổi');
    expect(text).toContain('- 50/2024/QH15: bị bỏ (ô Căn cứ!A3 của tệp cũ)');
    expect(text).toContain('Tổng cộng 8 thay đổi.');
    expect(changeSummary(cmp, 'vi')).toBe(
      'So với năm trước: 8 thay đổi (Căn cứ, Các bên, Người ký, Điều khoản, Phân công).',
    );
    // The bảng so sánh: a heading row per block, then its changes, each with its note.
    const rows = comparisonRows(cmp);
    expect(rows.filter((r) => r.heading).map((r) => r.heading)).toEqual([
      'I. Căn cứ',
      'II. Các bên phối hợp',
      'III. Người ký',
      'IV. Nội dung quy chế',
      'V. Phân công thực hiện',
    ]);
    expect(rows.filter((r) => !r.heading).map((r) => r.note)).toEqual([
      'Bãi bỏ',
      'Bổ sung',
      'Sửa đổi (Họ và tên)',
      'Sửa đổi (Nội dung)',
      'Bãi bỏ',
      'Chuyển vị trí (Điều)',
      'Bổ sung',
      'Sửa đổi (Chu kỳ)',
    ]);
  });

  it('a task put in between is one row added, not every later row changed', () => {
    const cmp = compare((c) => {
      const rows = c.blocks.responsibilities!;
      rows.splice(1, 0, { ...rows[0], task: 'Khảo sát nhu cầu bồi dưỡng của giáo viên' });
      rows.forEach((r, i) => (r.no = i + 1));
    });
    expect(brief(cmp.changes)).toEqual([['responsibilities', 'added', '2']]);
  });

  it('the same value written another way is no change: a date in words, a cadence’s spelling, spacing', () => {
    const cmp = compare((c) => {
      c.blocks.signatories![0].signedOn = 'ngày 08 tháng 10 năm 2026';
      c.blocks.responsibilities![2].cadence = String(c.blocks.responsibilities![2].cadence).toLowerCase();
      c.blocks.responsibilities![0].support = 'CD,CDTN';
      clauses(c)[0].text = `  ${clauses(c)[0].text}`;
    });
    expect(cmp.changes).toEqual([]);
  });

  it('Phổ biến records: compared within one school year; across two, not compared and said in a note', () => {
    const later: Edit = (c) => {
      c.blocks.disseminations![0].audience = 'Toàn thể cán bộ, giáo viên, nhân viên và cha mẹ trẻ';
    };
    const same = compare(later);
    expect(brief(same.changes)).toEqual([['dissemination', 'changed', 'NT 10/10/2026']]);
    expect(same.notes).toEqual([]);

    const nextYear = compare((c) => {
      later(c);
      c.document.schoolYear = '2027-2028';
    });
    expect(brief(nextYear.changes)).toEqual([['document', 'changed', 'Năm học']]);
    expect(nextYear.notes).toEqual([{ block: 'dissemination', reason: 'different-school-years', old: 4, new: 4 }]);
    const text = formatComparisonText(nextYear, 'en').split('\n');
    expect(text.filter((l) => l.startsWith('ℹ'))).toHaveLength(1);
    expect(
      comparisonRows(nextYear)
        .map((r) => r.heading)
        .filter(Boolean),
    ).toEqual(['I. Thông tin văn bản']);

    // A year one side leaves blank is no evidence of two years: compared as before.
    const blank = compare((c) => {
      later(c);
      c.document.schoolYear = '';
    });
    expect(blank.notes).toEqual([]);
    expect(brief(blank.changes)).toContainEqual(['dissemination', 'changed', 'NT 10/10/2026']);
  });
});
