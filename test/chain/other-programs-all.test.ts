// Every seed and every corpus document, completed as the chain's clerk completes it, re-saved by
// LibreOffice Calc and by openpyxl (each program run once over all the files, so that the whole
// corpus fits in a test), then read back: the regulation workbook gives the same model, notes and
// validation; the tracking workbook gives the same tasks. other-programs.test.ts takes three of
// them further through the CLI (marks typed, track, agenda, export, import, renew).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { buildTrackingSpec } from '../../src/core/tracking/spec';
import { readRegulationFile } from '../../src/node/regulation-file';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { writeTrackingWorkbook } from '../../src/xlsx/write-tracking';
import { compareModels } from '../export/fidelity';
import { tempDir } from '../helpers/cli';
import { CORPUS } from '../import/corpus';
import { AS_OF, completed, runner } from './complete';
import { notesOf, PROGRAMS, resave, trackingOf, type Program } from './saves';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];
const WORK = tempDir('phoihop-chain-saves-all-');
const ORIGINAL = path.join(WORK, 'original');
const fileOf = (dir: string, id: string, what: 'quy-che' | 'theo-doi') => path.join(dir, `${id}-${what}.xlsx`);

/** Every file saved by `program` into a folder of its own under the same names. */
function resaveAll(program: Program, files: string[]): string {
  const dir = path.join(WORK, program);
  resave(program, files, dir, WORK);
  return dir;
}

const tasksOf = (file: string) => {
  const data = trackingOf(file);
  return {
    generated: data.generated,
    sourceHash: data.provenance.sourceHash,
    schoolYear: data.schoolYear?.text,
    number: data.sourceNumber,
    tasks: data.tasks.map((t) => [
      t.no,
      t.clauseId,
      t.task,
      t.lead,
      t.support,
      t.cadence,
      t.occurrences.map((o) => o.month),
    ]),
  };
};

const saved: Partial<Record<Program, string>> = {};

beforeAll(async () => {
  mkdirSync(ORIGINAL, { recursive: true });
  const files: string[] = [];
  for (const doc of DOCS) {
    const { content, errors } = await completed(importText(doc.text).content);
    expect(errors, doc.id).toEqual([]);
    const regulation = fileOf(ORIGINAL, doc.id, 'quy-che');
    writeFileSync(regulation, await writeRegulationWorkbook(content));
    const { model } = await readRegulationFile(regulation);
    const tracking = fileOf(ORIGINAL, doc.id, 'theo-doi');
    writeFileSync(
      tracking,
      await writeTrackingWorkbook(buildTrackingSpec(model, { generator: 'test', today: AS_OF.asOf })),
    );
    files.push(regulation, tracking);
  }
  for (const program of PROGRAMS) saved[program] = resaveAll(program, files);
}, 1_800_000);

describe.each(PROGRAMS)('every document, its workbooks re-saved by %s', (program) => {
  it.each(DOCS.map((d) => [d.id] as const))('%s', async (id) => {
    const dir = saved[program]!;
    const before = await readRegulationFile(fileOf(ORIGINAL, id, 'quy-che'));
    const after = await readRegulationFile(fileOf(dir, id, 'quy-che'));
    // Every block and field, every cell note, and what validate says.
    const compared = compareModels(before.model, after.model);
    expect(compared.rows).toBeGreaterThan(0);
    expect(compared.mismatches).toEqual([]);
    expect(after.model.responsibilities).toHaveLength(before.model.responsibilities.length);
    expect(notesOf(after.grids)).toEqual(notesOf(before.grids));
    const errors = (await runner.run(after.model)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    // The tracking workbook: every task with its columns and the months it falls due.
    const tracking = tasksOf(fileOf(dir, id, 'theo-doi'));
    expect(tracking.tasks).toHaveLength(before.model.responsibilities.length);
    expect(tracking.generated).toBe(true);
    expect(tracking).toEqual(tasksOf(fileOf(ORIGINAL, id, 'theo-doi')));
  });
});
