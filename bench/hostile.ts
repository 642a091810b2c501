// Peak memory on the heaviest hostile inputs (the hostile-input issue's ceilings: 512 MB for a
// single-file command, 1 GB for batch over the folder), beside the same command on the worked
// example run in the same way, so a regression shows as a ratio as well as in megabytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleContent } from '../src/core/template/example';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import {
  declareSize,
  docxWith,
  manyFindings,
  numbered,
  page,
  sheetWithData,
  spanned,
  styleChain,
  workbookWith,
} from '../test/hostile/inputs';
import { peakRssMb, TMP } from './cases';
import type { Figure } from './harness';

const MB = 1024 * 1024;

interface HostileRun {
  input: string;
  command: 'validate' | 'track' | 'import' | 'batch';
  file: string;
}

async function hostileFolder(dir: string): Promise<HostileRun[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const put = (name: string, bytes: Uint8Array | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const sst = '<si><t>Noi dung lap lai rat nhieu lan de lam phan chuoi that lon</t></si>';
  const findings = put('80-nghin-phat-hien.xlsx', await manyFindings(20_000));
  const strings = put(
    'chuoi-50mb.xlsx',
    await workbookWith({ 'xl/sharedStrings.xml': `<sst>${sst.repeat(Math.ceil((50 * MB) / sst.length))}</sst>` }),
  );
  const rows = put(
    'nhieu-dong.xlsx',
    await sheetWithData(Array.from({ length: 150_000 }, (_, i) => `<row r="${i + 1}"/>`).join('')),
  );
  const unclosed = put('hang-row.xlsx', await sheetWithData('<row r="1">'.repeat(200_000)));
  const bomb = put('bom-word.docx', declareSize(docxWith({}), 'word/document.xml', 300 * MB));
  const text = put('50mb.txt', Buffer.alloc(50 * MB, 'Điều 1. Nhà trường chủ trì, Công đoàn phối hợp. '));
  // Round two: files of a few kilobytes that once took gigabytes or minutes.
  const roman = put('la-ma-1e20.docx', numbered('100000000000000000000'));
  const span = put('gridspan.docx', spanned('2000000000'));
  const styles = put('kieu-200k.docx', styleChain(200_000));
  const colspan = put(
    'colspan.txt',
    Buffer.from(page(`<table>${'<tr>' + '<td colspan=999>Tháng 9</td>'.repeat(10) + '</tr>'}</table>`.repeat(400))),
  );
  const script = put('script.txt', Buffer.from(page('<script>var a = 1;'.repeat(60_000))));
  const word = put('tu-dai.txt', Buffer.from(`QUY CHẾ PHỐI HỢP\n${'A'.repeat(100_000)}\nĐiều 1. Phạm vi\n`));
  return [
    { input: '80,000 findings', command: 'validate', file: findings },
    { input: '80,000 findings', command: 'track', file: findings },
    { input: 'a 50 MB shared-strings part', command: 'validate', file: strings },
    { input: 'a sheet of 150,000 rows', command: 'track', file: rows },
    { input: '200,000 unclosed <row>', command: 'validate', file: unclosed },
    { input: 'a 300 MB docx bomb', command: 'import', file: bomb },
    { input: 'a 50 MB text', command: 'import', file: text },
    { input: 'a Word list from 10^20', command: 'import', file: roman },
    { input: 'cells spanning 2·10^9 columns', command: 'import', file: span },
    { input: 'a chain of 200,000 styles', command: 'import', file: styles },
    { input: 'colspan=999 on 4,000 cells', command: 'import', file: colspan },
    { input: '60,000 unclosed <script>', command: 'import', file: script },
    { input: 'a 100,000-letter word', command: 'import', file: word },
    { input: 'the hostile folder', command: 'batch', file: dir },
  ];
}

function argsFor(run: HostileRun, out: string): string[] {
  if (run.command === 'validate') return ['validate', run.file];
  if (run.command === 'batch') return ['batch', run.file, '-o', path.join(out, 'bao-cao.xlsx')];
  return [run.command, run.file, '-o', path.join(out, `${run.command}.xlsx`)];
}

export async function hostileFigures(): Promise<Figure[]> {
  const dir = path.join(TMP, 'hostile');
  const out = path.join(TMP, 'hostile-out');
  const runs = await hostileFolder(dir);
  // The same command on ordinary input: the worked example, one plain text regulation, a folder of one.
  const plain = path.join(TMP, 'hostile-plain');
  rmSync(plain, { recursive: true, force: true });
  mkdirSync(plain, { recursive: true });
  const example = path.join(plain, 'vi-du.xlsx');
  writeFileSync(example, await writeRegulationWorkbook(exampleContent()));
  const ordinaryText = path.join(TMP, 'hostile-plain.txt');
  writeFileSync(
    ordinaryText,
    'QUY CHẾ PHỐI HỢP\nĐiều 1. Phạm vi điều chỉnh\nNhà trường chủ trì, Công đoàn phối hợp.\n',
  );
  const ordinary = { validate: example, track: example, import: ordinaryText, batch: plain };
  const fresh = () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  };
  const figures: Figure[] = [];
  const baseline = new Map<string, number>();
  for (const run of runs) {
    if (!baseline.has(run.command)) {
      fresh();
      baseline.set(run.command, peakRssMb(argsFor({ ...run, file: ordinary[run.command] }, out)));
    }
    const base = baseline.get(run.command)!;
    fresh();
    const peak = peakRssMb(argsFor(run, out));
    const ceiling = run.command === 'batch' ? 1024 : 512;
    figures.push({
      name: `${run.command} peak memory, ${run.input}`,
      value: peak,
      unit: 'MB',
      baseline: `${Math.round(base)} MB on ordinary input, same command`,
      target: `≤ ${ceiling}`,
      pass: peak <= ceiling,
      note: `${(peak / base).toFixed(2)}× ordinary input`,
    });
  }
  return figures;
}
