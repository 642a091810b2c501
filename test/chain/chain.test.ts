// The whole year of a regulation, on every seed and every corpus document: import (from text) →
// completed by a scripted clerk doing what `validate` asks (clerk.ts) → validate with 0 errors →
// track → export (no case change inside a word, the kind once, no empty heading component) →
// import again (every row and field back, as fidelity.ts compares them, with no difference on any document) → renew → export. In-process through the core functions for every document; three documents go
// through the real CLI too, whose files are read back and checked against the OOXML schemas.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { renewRegulation } from '../../src/core/renew';
import { buildTrackingSpec } from '../../src/core/tracking/spec';
import { parseSchoolYear } from '../../src/core/values';
import { readDocumentBytes } from '../../src/docx/read-document';
import { writeWordDocument } from '../../src/docx/write-document';
import { readRegulationFile } from '../../src/node/regulation-file';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { compareModels } from '../export/fidelity';
import { runCli, tempDir } from '../helpers/cli';
import { modelOf } from '../helpers/content-grids';
import { CORPUS } from '../import/corpus';
import { doubleKind, emptyHeadingComponents, headings, midWordCase, shownText } from '../helpers/printed-text';
import { type Asked } from './clerk';
import { AS_OF, asked, completed } from './complete';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const OOXML = path.resolve(__dirname, '../../../shared/ooxml/check-ooxml.py');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];
/** What a reader of the printed document would see wrong: a case change inside a word, the kind twice, a heading component left empty. */
async function printFaults(docx: Uint8Array): Promise<string[]> {
  const text = await shownText(docx);
  return [
    ...midWordCase(text).map((w) => `case inside "${w}"`),
    ...doubleKind(text).map((k) => `kind twice: ${k}`),
    ...emptyHeadingComponents(await headings(docx)).map((c) => `empty heading ${c}`),
  ];
}

const totals = { documents: 0, zeroErrors: 0, rows: 0, fields: 0, differ: 0, filled: 0, renewedDiffer: 0 };
const stillFailing: string[] = [];

afterAll(() => {
  console.log(
    `[chain] ${totals.documents} documents: ${totals.filled} cells filled by the clerk; ${totals.zeroErrors} at 0 errors; ` +
      `round trip ${totals.rows} rows, ${totals.fields} fields, ${totals.differ} differ; renewed round trip ${totals.renewedDiffer} differ` +
      (stillFailing.length ? `\n[chain] still failing: ${stillFailing.join('; ')}` : ''),
  );
});

describe('the whole chain, in process, on every seed and corpus document', () => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s', async (id, doc) => {
    totals.documents++;
    // import → the clerk → validate
    const imported = importText(doc.text).content;
    const { content, done, errors } = await completed(imported);
    totals.filled += done.length;
    if (errors.length) stillFailing.push(`${id}: ${errors.map((e) => `${e.ruleId} ${e.sheet}!${e.cell}`).join(', ')}`);
    expect(errors, done.join('\n')).toEqual([]);
    totals.zeroErrors++;
    const model = modelOf(content);

    // track: one row per task, each with the months it falls due in the plan
    const spec = buildTrackingSpec(model, { generator: 'test', today: AS_OF.asOf });
    expect(spec.rows).toHaveLength(model.responsibilities.length);

    // export → import: every row and field back
    const bytes = await writeWordDocument(buildWordDocument(model));
    expect(await printFaults(bytes)).toEqual([]);
    const read = await readDocumentBytes(bytes, `${id}.docx`);
    const back = modelOf(importText(read.text, { conversions: read.conversions }).content);
    const fidelity = compareModels(model, back);
    totals.rows += fidelity.rows;
    totals.fields += fidelity.checked;
    totals.differ += fidelity.mismatches.length;
    expect(fidelity.mismatches).toEqual([]);
    expect(back.responsibilities).toHaveLength(model.responsibilities.length);

    // renew → export: next year's document, read back whole too
    const year = parseSchoolYear(model.document.fields.schoolYear?.raw ?? '')!;
    const renewed = renewRegulation(model, { number: '21/QCPH-MNHS', issueDate: `${year.end}-10-07` });
    const next = modelOf(renewed.content);
    expect(next.document.fields.schoolYear?.raw).toBe(`${year.start + 1}-${year.end + 1}`);
    const nextBytes = await writeWordDocument(buildWordDocument(next));
    // Next year's draft has no number and no date yet: its heading's Số and date are left to fill.
    expect((await printFaults(nextBytes)).filter((f) => !/^empty heading (?:number|place and date)$/.test(f))).toEqual(
      [],
    );
    const nextRead = await readDocumentBytes(nextBytes, `${id}-next.docx`);
    const nextBack = compareModels(next, modelOf(importText(nextRead.text).content));
    totals.renewedDiffer += nextBack.mismatches.length;
    expect(nextBack.mismatches).toEqual([]);
  });

  // Runs after every document above: no document differs, before or after renew.
  it('leaves no difference on any document, first year or renewed', () => {
    expect(totals.documents).toBe(DOCS.length);
    expect([totals.differ, totals.renewedDiffer]).toEqual([0, 0]);
  });
});

// Through the real commands: the files each step writes are the next step's input.
const CLI_DOCS = [
  ...seeds.slice(0, 1).map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.filter((d) => ['c26-markdown-table-pipes', 'c56-plan-table-parents-board'].includes(d.id)),
];

describe('the whole chain through the CLI', () => {
  const dir = tempDir('phoihop-chain-');
  const file = (id: string, name: string) => path.join(dir, `${id.replace(/\W+/g, '-')}-${name}`);
  const ooxml = (...files: string[]) =>
    execFileSync('/usr/bin/python3', [OOXML, ...files], { encoding: 'utf8', stdio: 'pipe' });

  it.each(CLI_DOCS.map((d) => [d.id, d] as const))('%s', async (id, doc) => {
    const txt = file(id, 'source.txt');
    writeFileSync(txt, doc.text);
    const imported = file(id, 'imported.xlsx');
    expect((await runCli('import', txt, '-o', imported)).code).toBe(0);
    // The clerk reads validate's JSON, as a script would, and fills the workbook it names.
    const json = await runCli('validate', imported, '--format', 'json', '--as-of', AS_OF.asOf);
    const findings = (JSON.parse(json.stdout) as { findings: Asked[] }).findings.map(
      ({ ruleId, severity, sheet, cell, entity }) => ({ ruleId, severity, sheet, cell, entity }),
    );
    // What the CLI asks of the file it wrote is what the in-process run asks of the same import
    // (on Văn bản, the file has a row for every field, empty or not: the cells differ there, and
    // so does the order findings sorted by cell come in; compared as a set of findings).
    const same = (fs: Asked[]) =>
      fs
        .map((f) =>
          f.sheet === 'Văn bản' ? { ...f, cell: null, entity: /^[A-Z]+\d+$/.test(f.entity) ? null : f.entity } : f,
        )
        .map((f) => JSON.stringify(f))
        .sort();
    expect(same(findings)).toEqual(same(await asked(importText(doc.text).content)));
    const { content } = await completed(importText(doc.text).content);
    const filled = file(id, 'filled.xlsx');
    writeFileSync(filled, await writeRegulationWorkbook(content));
    const validated = await runCli('validate', filled, '--as-of', AS_OF.asOf);
    expect(validated.code, validated.stdout).toBe(0);

    const tracking = file(id, 'tracking.xlsx');
    const track = await runCli('track', filled, '-o', tracking);
    expect(track.code, track.stderr).toBe(0);
    const docx = file(id, 'exported.docx');
    expect((await runCli('export', filled, '-o', docx)).code).toBe(0);
    const again = file(id, 'again.xlsx');
    expect((await runCli('import', docx, '-o', again)).code).toBe(0);
    const before = (await readRegulationFile(filled)).model;
    const after = (await readRegulationFile(again)).model;
    expect(compareModels(before, after).mismatches).toEqual([]);
    expect(after.responsibilities).toHaveLength(before.responsibilities.length);
    expect(track.stderr).toContain(`${before.responsibilities.length} nhiệm vụ`);

    const renewed = file(id, 'renewed.xlsx');
    const renew = await runCli('renew', filled, '-o', renewed, '--number', '21/QCPH-MNHS', '--date', '07/10/2027');
    expect(existsSync(renewed), renew.stderr).toBe(true);
    const nextDocx = file(id, 'renewed.docx');
    expect((await runCli('export', renewed, '-o', nextDocx, '--force')).code).toBeLessThanOrEqual(1);
    // Every Word file the chain wrote, and the tracking workbook, are valid against ECMA-376.
    // (the checker exits 1 on an error, which throws here)
    expect(ooxml(docx, nextDocx, tracking)).not.toMatch(/errors: [1-9]/);
  });
});
