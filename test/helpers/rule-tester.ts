// RuleTester, after ESLint's: each rule's passing and failing workbooks side by side, only that
// rule enabled, exact error counts, known message ids and no placeholder left unsubstituted.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import type { Finding } from '../../src/core/rules/types';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-workbook';
import type { WorkbookContent } from '../../src/core/template/content';
import type { DueContext } from '../../src/core/deadline';
import { modelOf } from './content-grids';

export interface ValidCase {
  name: string;
  /** The workbook as content, or as sheet grids when the case is about the sheets themselves. */
  content: WorkbookContent | SheetGrid[];
  /** The date (and warning period) the check is run as of, for rules on what falls due. */
  due?: DueContext;
}

export interface ExpectedFinding {
  messageId?: string;
  sheet?: string;
  cell?: string | null;
  entity?: string;
  /** Substrings the Vietnamese message must contain. */
  vi?: string[];
  /** Substrings the English message must contain. */
  en?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

async function findingsFor(
  ruleId: string,
  content: WorkbookContent | SheetGrid[],
  due?: DueContext,
): Promise<Finding[]> {
  const rule = BUILTIN_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No built-in rule ${ruleId}`);
  const model = Array.isArray(content) ? readWorkbook(content, { source: 'test.xlsx' }) : modelOf(content);
  return createRuleRunner([rule], due).run(model);
}

export function runRuleTests(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const rule = BUILTIN_RULES.find((r) => r.id === ruleId)!;

  describe(ruleId, () => {
    it('has distinct case names and at least one valid and one invalid case', () => {
      expect(rule, `rule ${ruleId} exists`).toBeDefined();
      expect(new Set(names).size).toBe(names.length);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        expect(await findingsFor(ruleId, c.content, c.due)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const found = await findingsFor(ruleId, c.content, c.due);
        expect(
          found.length,
          JSON.stringify(
            found.map((f) => [f.cell, f.message.vi]),
            null,
            1,
          ),
        ).toBe(c.errors.length);
        found.forEach((f, i) => {
          const want = c.errors[i];
          expect(f.ruleId).toBe(ruleId);
          expect(f.severity).toBe(rule.severity);
          expect(Object.keys(rule.messages)).toContain(f.messageId);
          // No placeholder left, and no blank value shown as an empty pair of quotes.
          for (const text of [f.message.vi, f.message.en]) expect(text).not.toMatch(/\{\{|""|“”|''/);
          if (want.messageId !== undefined) expect(f.messageId).toBe(want.messageId);
          if (want.sheet !== undefined) expect(f.sheet).toBe(want.sheet);
          if (want.cell !== undefined) expect(f.cell).toBe(want.cell);
          if (want.entity !== undefined) expect(f.entity).toBe(want.entity);
          for (const part of want.vi ?? []) expect(f.message.vi).toContain(part);
          for (const part of want.en ?? []) expect(f.message.en).toContain(part);
        });
      });
    }
  });
}
