// Every rule over workbooks full of blanks: a blank value never shows as an empty pair of quotes
// (`hiện ghi ""`); it reads as the language's blank word instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import type { WorkbookContent } from '../../src/core/template/content';
import { emptyContent } from '../../src/core/template/content';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { example, modelOf } from '../helpers/content-grids';

const EMPTY_QUOTES = /""|“”|''/;

/** The example with one field blanked in the document or in every row of a block. */
function blanked(): [string, WorkbookContent][] {
  const out: [string, WorkbookContent][] = [];
  const base = example();
  for (const key of Object.keys(base.document) as (keyof WorkbookContent['document'])[]) {
    const c = example();
    c.document[key] = '';
    out.push([`document.${key}`, c]);
  }
  for (const [block, rows] of Object.entries(base.blocks)) {
    for (const column of new Set((rows ?? []).flatMap((r) => Object.keys(r)))) {
      for (const blank of ['', '  ']) {
        const c = example();
        for (const r of c.blocks[block as keyof WorkbookContent['blocks']] ?? []) r[column] = blank;
        out.push([`${block}.${column} ${JSON.stringify(blank)}`, c]);
      }
    }
  }
  // Every other value blank at once, and a workbook with nothing in it.
  const sparse = example();
  let i = 0;
  for (const rows of Object.values(sparse.blocks))
    for (const r of rows ?? []) for (const k of Object.keys(r)) if (i++ % 2 === 0) r[k] = '';
  out.push(['every other value', sparse], ['the empty template', emptyContent()]);
  return out;
}

describe('blank values in rule messages', () => {
  const runner = createRuleRunner(BUILTIN_RULES, { asOf: '2026-03-15', warnDays: 14 });
  const variants = blanked();

  it('no message in either language shows an empty pair of quotes', async () => {
    const bad: string[] = [];
    let seen = 0;
    const models = variants.map(([name, content]) => [name, modelOf(content)] as const);
    // The blank template as shipped, read from its file.
    const file = await loadWorkbook(readFileSync('templates/mau-trong.xlsx'));
    models.push(['templates/mau-trong.xlsx', readWorkbook(gridsFromWorkbook(file), { source: 'mau-trong.xlsx' })]);
    for (const [name, model] of models) {
      for (const f of await runner.run(model)) {
        seen++;
        for (const text of [f.message.vi, f.message.en]) if (EMPTY_QUOTES.test(text)) bad.push(`${name}: ${text}`);
      }
    }
    expect(variants.length).toBeGreaterThan(40);
    expect(seen).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});
