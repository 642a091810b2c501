// The runner evaluates collection rules through a compiled predicate built from the engine's own
// operators; this checks it agrees with json-rules-engine's `engine.run` on every item.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { compileCondition, evaluateWithEngine } from '../../src/core/rules/run-rules';
import { buildViews } from '../../src/core/rules/facts';
import { exampleWith, modelOf } from '../helpers/content-grids';
import { toTcvn3 } from '../import/documents';

// A workbook with a bit of everything wrong, so that every rule has items on both sides.
const messy = modelOf(
  exampleWith((c) => {
    c.document.number = '15/qcph';
    c.document.supersedes = 'Không';
    c.document.title = 'Quy chế phối hợp';
    c.blocks.parties!.push({ code: 'CD', name: 'trùng' }, { code: 'CB', name: 'Chi bộ' });
    c.blocks.signatories![1].capacity = '';
    c.blocks.signatories!.push({ partyCode: 'PN', name: 'Nguyễn Thị Thu', signedOn: '01/01/2000' });
    c.blocks.clauses!.push(
      { id: 'D1', text: 'trùng' },
      { id: 'D8', text: 'không ai làm' },
      { id: 'D9', text: 'Quy chế này thay thế Quy chế phối hợp năm học 2019-2020.' },
    );
    const rows = c.blocks.responsibilities!;
    rows[0].lead = 'XX';
    rows[1].support = 'CD, YY';
    rows[2].cadence = '';
    rows[3].cadence = 'hàng tháng, quý';
    rows[4].months = '';
    rows[5].months = 'T13';
    rows[6].clauseId = 'D99';
    c.blocks.legalBases![0].date = '';
    c.blocks.legalBases!.push({
      no: 4,
      type: 'Luật',
      number: '12/2012/QH13',
      date: '20/6/2012',
      issuer: 'Quốc hội',
      summary: 'Luật Công đoàn',
    });
    c.blocks.recipients!.pop();
    c.blocks.parties![0].note = toTcvn3('Ban Giám hiệu');
    c.blocks.disseminations!.splice(1, 1); // CD has no record
    c.notes = { responsibilities: { 1: 'Kiểm tra lại: Chu kỳ lấy từ tiêu đề của điều hoặc mục.' } };
  }),
);

describe('compiled conditions agree with engine.run', () => {
  // As of a day inside the review's warning period (the example is due for review on 08/10/2027).
  const views = buildViews(messy, { asOf: '2027-09-20', warnDays: 30 });
  for (const rule of BUILTIN_RULES) {
    it(rule.id, async () => {
      const compiled = compileCondition(rule);
      const items = views.collections[rule.given].views;
      let fired = 0;
      for (const item of items) {
        const viaEngine = await evaluateWithEngine(rule, item, views.globals);
        expect(compiled(item, views.globals), `${rule.id} row ${item.row}`).toBe(viaEngine);
        if (viaEngine) fired++;
      }
      if (
        ![
          'cell-error-value',
          'workbook-sheets-present',
          'rows-below-table',
          'superseded-version-marked',
          'school-year-format',
          'issue-date-valid',
          'review-cadence-set',
          'managing-authority-current',
          'document-kind-matches-number',
          // One document item: the messy workbook has its heading, as the rules' own tests cover the lack.
          'document-issuer-set',
          'document-place-set',
          'document-number-set',
          'document-number-draft',
        ].includes(rule.id)
      ) {
        expect(fired, `${rule.id} should fire on the messy workbook`).toBeGreaterThan(0);
      }
    });
  }
});
