// The chain with other programs' saves between its steps: the workbook the clerk completed is
// re-saved by LibreOffice Calc (soffice --convert-to xlsx) and by openpyxl, then validated,
// tracked, exported and read back; the tracking workbook is marked by a person (openpyxl typing
// marks in the month cells) and re-saved by each program, then read back by `agenda`'s reader.
// Nothing may be lost on the way: parties, signatories, clauses, tasks, the cell notes, the marks.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrackingData } from '../../src/core/tracking-book/read-tracking';
import { importText } from '../../src/core/import';
import { MARKS } from '../../src/core/tracking-book/contract';
import { readRegulationFile } from '../../src/node/regulation-file';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { compareModels } from '../export/fidelity';
import { runCli, tempDir } from '../helpers/cli';
import { CORPUS } from '../import/corpus';
import { AS_OF, completed } from './complete';
import { notesOf, PROGRAMS, resave, trackingOf, type Program } from './saves';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.slice(0, 1).map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.filter((d) => ['c56-plan-table-parents-board', 'c69-party-parts-under-roman-part'].includes(d.id)),
];
const WORK = tempDir('phoihop-chain-saves-');

/** The file as `program` saves it, in a folder of its own (LibreOffice keeps the file's name). */
function resaved(program: Program, file: string): string {
  const dir = path.join(WORK, program, path.basename(file, '.xlsx'));
  resave(program, [file], dir, WORK);
  return path.join(dir, path.basename(file));
}

/** A person marks cells of the Theo dõi sheet (openpyxl types the text, as in Excel). */
function typeMarks(file: string, marks: Array<{ cell: string; text: string }>, out: string): void {
  const script = [
    'import sys, json, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    "ws = wb['Theo dõi']",
    'for m in json.loads(sys.argv[3]): ws[m["cell"]] = m["text"]',
    'wb.save(sys.argv[2])',
  ].join('\n');
  execFileSync('/usr/bin/python3', ['-c', script, file, out, JSON.stringify(marks)], { stdio: 'pipe' });
}

/** What a tracking workbook says of each task: its columns and its marks by month. */
const tasksOf = (data: TrackingData) =>
  data.tasks.map((t) => ({
    no: t.no,
    clauseId: t.clauseId,
    task: t.task,
    lead: t.lead,
    support: t.support,
    cadence: t.cadence,
    marks: t.occurrences.map((o) => `${o.month}:${o.mark}`),
  }));

describe.each(PROGRAMS)('the chain with the workbook re-saved by %s', (program) => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s', async (id, doc) => {
    const name = (what: string) => path.join(WORK, `${program}-${id.replace(/\W+/g, '-')}-${what}.xlsx`);
    const { content, errors } = await completed(importText(doc.text).content);
    expect(errors).toEqual([]);
    const filled = name('filled');
    writeFileSync(filled, await writeRegulationWorkbook(content));
    const saved = resaved(program, filled);

    // The completed workbook, as the other program saved it: every block and field, every note.
    const before = await readRegulationFile(filled);
    const after = await readRegulationFile(saved);
    expect(compareModels(before.model, after.model).mismatches).toEqual([]);
    expect(after.model.responsibilities).toHaveLength(before.model.responsibilities.length);
    expect(Object.keys(notesOf(before.grids)).length).toBeGreaterThan(0);
    expect(notesOf(after.grids)).toEqual(notesOf(before.grids));
    const validated = await runCli('validate', saved, '--as-of', AS_OF.asOf);
    expect(validated.code, validated.stdout).toBe(0);

    // track → a person marks the first due month of every task done, the second not done →
    // the other program saves it → agenda's reader finds every task and every mark.
    const tracking = name('tracking');
    const track = await runCli('track', saved, '-o', tracking);
    expect(track.code, track.stderr).toBe(0);
    const generated = trackingOf(tracking);
    expect(generated.tasks).toHaveLength(before.model.responsibilities.length);
    const marks = generated.tasks.flatMap((t) =>
      t.occurrences.slice(0, 2).map((o, k) => ({ cell: o.cell, text: k === 0 ? MARKS.done : MARKS.notDone })),
    );
    expect(marks.length).toBeGreaterThan(1);
    const marked = name('marked');
    typeMarks(tracking, marks, marked);
    const markedSaved = resaved(program, marked);
    const markedBack = trackingOf(markedSaved);
    const expected = trackingOf(marked);
    expect(tasksOf(expected).flatMap((t) => t.marks)).toContain(`${generated.tasks[0]?.occurrences[0]?.month}:done`);
    expect(tasksOf(markedBack)).toEqual(tasksOf(expected));
    expect(markedBack.schoolYear?.text).toBe(expected.schoolYear?.text);
    expect(markedBack.sourceNumber).toBe(expected.sourceNumber);
    const agenda = await runCli('agenda', markedSaved, '--as-of', AS_OF.asOf);
    expect(agenda.code, agenda.stderr).toBeLessThanOrEqual(1);

    // export → import: the saved workbook's regulation comes back whole; renew reads it too.
    const docx = path.join(WORK, `${program}-${id.replace(/\W+/g, '-')}.docx`);
    expect((await runCli('export', saved, '-o', docx)).code).toBeLessThanOrEqual(1);
    const again = name('again');
    expect((await runCli('import', docx, '-o', again)).code).toBe(0);
    const back = (await readRegulationFile(again)).model;
    expect(back.responsibilities).toHaveLength(before.model.responsibilities.length);
    expect(back.parties.map((p) => p.code)).toEqual(before.model.parties.map((p) => p.code));
    expect(back.signatories).toHaveLength(before.model.signatories.length);
    const renewed = name('renewed');
    await runCli('renew', saved, '-o', renewed, '--number', '21/QCPH-MNHS', '--date', '07/10/2027');
    expect(existsSync(renewed)).toBe(true);
  });
});
