// The hostile-input suite: each input below once broke a promise (a hang, an internal error, a
// stack trace, gigabytes of memory, an input overwritten). Every run is the built CLI in a child
// process and must: exit with the expected code, say one clear line naming the file and the
// limit or field, print no stack trace and no "Lỗi nội bộ", leave every input byte-identical and
// no output or temporary file behind, end within 10 s, and stay under its memory ceiling (512 MB
// for validate, track, renew and import; 1 GB for batch over the whole hostile folder). The
// figures are printed as a table at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { tempDir } from '../helpers/cli';
import { BIN, ensureBuilt, runChild } from '../helpers/child-cli';
import {
  billionLaughs,
  declareSize,
  deepRule,
  docxWith,
  exampleParts,
  manyFindings,
  oleWith,
  patternRule,
  reservedFieldRule,
  sheetWithData,
  workbookWith,
  xxeDocument,
} from './inputs';

const MB = 1024 * 1024;
const CEILING_MB = { single: 512, batch: 1024 };
// A hang guard, not a speed target: each run ends in a second or two on a quiet machine, and a
// 2-core machine busy with another full test run stretches that many times (npm run bench measures speed).
const TIME_LIMIT_MS = 120_000;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const root = tempDir('phoihop-hostile-');
const hostileFolder = path.join(root, 'ho-so');
const table: Array<{ input: string; command: string; code: number | null; peakMb: number | null; ms: number }> = [];

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface Expectation {
  code: number;
  /** The one line on stderr (for exit 2), or a line somewhere in the output. */
  message: RegExp;
  /** An output is expected (track --force writes despite errors). */
  writes?: boolean;
}

/** Run one command on hostile input and hold it to every promise. */
async function check(input: string, argv: string[], inputs: string[], want: Expectation, ceiling = CEILING_MB.single) {
  const outDir = tempDir('phoihop-hostile-out-');
  const args = argv.map((a) => (a === 'OUT' ? path.join(outDir, 'ket-qua.xlsx') : a));
  const before = inputs.map((f) => (existsSync(f) && !isSpecial(f) ? sha(f) : null));
  const r = await runChild(args, { timeoutMs: TIME_LIMIT_MS + 5_000 });
  table.push({ input, command: argv[0], code: r.code, peakMb: r.peakMb, ms: r.ms });
  const context = `${input}: phoihop ${argv.join(' ')}\n${r.stderr.slice(0, 2000)}`;
  expect(r.timedOut, context).toBe(false);
  expect(r.ms, context).toBeLessThan(TIME_LIMIT_MS);
  expect(r.code, context).toBe(want.code);
  const all = r.stderr + r.stdout;
  expect(all, context).not.toMatch(/Lỗi nội bộ|internal error|\n\s+at .+:\d+:\d+/);
  expect(all, context).toMatch(want.message);
  if (want.code === 2) expect(r.stderr.trim().split('\n'), context).toHaveLength(1);
  expect(r.peakMb, context).not.toBeNull();
  expect(r.peakMb!, context).toBeLessThan(ceiling);
  expect(
    inputs.map((f) => (existsSync(f) && !isSpecial(f) ? sha(f) : null)),
    context,
  ).toEqual(before);
  expect(readdirSync(outDir), context).toEqual(want.writes ? ['ket-qua.xlsx'] : []);
  return r;
}

function isSpecial(file: string): boolean {
  try {
    return !statSync(file).isFile();
  } catch {
    return true;
  }
}

function put(name: string, bytes: Uint8Array | string): string {
  const file = path.join(hostileFolder, name);
  writeFileSync(file, bytes);
  return file;
}

const files: Record<string, string> = {};

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(hostileFolder, { recursive: true });
  const rows200k = '<row r="1">'.repeat(200_000);
  files.unclosedRow = put('hang-row.xlsx', await sheetWithData(rows200k));
  files.unclosedCell = put('hang-c.xlsx', await sheetWithData(`<row r="1">${'<c r="A1">'.repeat(200_000)}</row>`));
  files.unclosedSi = put(
    'hang-si.xlsx',
    await workbookWith({ 'xl/sharedStrings.xml': `<sst>${'<si>'.repeat(200_000)}</sst>` }),
  );
  files.declaredRows = put('mot-trieu-dong.xlsx', await sheetWithData('<row r="1"/>', 'A1:C1000000'));
  files.streamedRows = put(
    'nhieu-dong.xlsx',
    await sheetWithData(Array.from({ length: 150_000 }, (_, i) => `<row r="${i + 1}"/>`).join('')),
  );
  const sst = '<si><t>Noi dung lap lai rat nhieu lan de lam phan chuoi that lon</t></si>';
  files.bigStrings = put(
    'chuoi-50mb.xlsx',
    await workbookWith({ 'xl/sharedStrings.xml': `<sst>${sst.repeat(Math.ceil((50 * MB) / sst.length))}</sst>` }),
  );
  files.strings400 = put('chuoi-400mb.xlsx', declareSize(await workbookWith({}), 'xl/sharedStrings.xml', 400 * MB));
  files.zipBomb = put(
    'bom-600mb.xlsx',
    declareSize(
      await workbookWith({ 'docProps/thumbnail.jpeg': new Uint8Array(16) }),
      'docProps/thumbnail.jpeg',
      600 * MB,
    ),
  );
  files.manyFindings = put('80-nghin-phat-hien.xlsx', await manyFindings(20_000));
  files.xlsRenamed = put('xls-doi-ten.xlsx', oleWith('Workbook'));
  files.encrypted = put('mat-khau.xlsx', oleWith('EncryptionInfo'));
  files.docxRenamed = put('word-doi-ten.xlsx', docxWith({}));
  files.fifo = path.join(hostileFolder, 'ong.xlsx');
  execFileSync('mkfifo', [files.fifo]);
  files.zero = path.join(hostileFolder, 'zero.xlsx');
  symlinkSync('/dev/zero', files.zero);
  symlinkSync('vong-b.xlsx', path.join(hostileFolder, 'vong-a.xlsx'));
  symlinkSync('vong-a.xlsx', path.join(hostileFolder, 'vong-b.xlsx'));
  symlinkSync('khong-con.xlsx', path.join(hostileFolder, 'treo.xlsx'));
  put('ghi-chu.txt', 'QUY CHẾ PHỐI HỢP\nĐiều 1. Phạm vi\n');
  files.numbering = put(
    'hang-numbering.docx',
    docxWith({
      'word/numbering.xml': `<w:numbering ${W}>${'<w:abstractNum w:abstractNumId="1">'.repeat(100_000)}</w:numbering>`,
    }),
  );
  files.xxe = put('xxe.docx', docxWith({ 'word/document.xml': xxeDocument }));
  files.laughs = put('billion-laughs.docx', docxWith({ 'word/document.xml': billionLaughs }));
  files.docxBomb = put('bom-word.docx', declareSize(docxWith({}), 'word/document.xml', 300 * MB));
  files.encryptedDocx = put('mat-khau.docx', oleWith('EncryptionInfo'));
  const docs = path.join(root, 'van-ban');
  mkdirSync(docs);
  const text = (name: string, bytes: Buffer) => {
    const file = path.join(docs, name);
    writeFileSync(file, bytes);
    return file;
  };
  files.text50 = text('50mb.txt', Buffer.alloc(50 * MB, 'Điều 1. Nhà trường chủ trì, Công đoàn phối hợp. '));
  files.lines3m = text('3-trieu-dong.txt', Buffer.alloc(3_000_000 * 2, 'a\n'));
  files.oneLine = text('mot-dong-6mb.txt', Buffer.alloc(6 * MB, 'Điều khoản '));
  const content = exampleContent();
  content.blocks.parties![0].name = `${'a'.repeat(44)}!`;
  files.catastrophicTarget = path.join(root, 'ten-44-chu-a.xlsx');
  writeFileSync(files.catastrophicTarget, await writeRegulationWorkbook(content));
  files.example = path.join(root, 'vi-du.xlsx');
  writeFileSync(files.example, await writeRegulationWorkbook(exampleContent()));
  await exampleParts();
});

afterAll(() => {
  const lines = [
    '| input | command | exit | peak MB | ms |',
    '|---|---|---|---|---|',
    ...table.map((r) => `| ${r.input} | ${r.command} | ${r.code} | ${r.peakMb ?? '—'} | ${r.ms} |`),
  ];
  const file = path.join(root, 'hostile-table.md');
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`hostile suite figures (${file}):\n${lines.join('\n')}`);
});

describe('workbooks that used to hang for minutes: one pass, one line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['200,000 unclosed <row>', 'unclosedRow', /trong phần xl\/worksheets\/sheet1\.xml, thẻ <row> không được đóng/],
    ['200,000 unclosed <c>', 'unclosedCell', /thẻ <c> không được đóng/],
    ['200,000 unclosed <si>', 'unclosedSi', /phần xl\/sharedStrings\.xml, thẻ <si> không được đóng/],
  ];
  for (const [name, key, message] of cases) {
    for (const command of ['validate', 'track', 'renew']) {
      it(`${name}: ${command}`, async () => {
        const argv = command === 'validate' ? [command, files[key]] : [command, files[key], '-o', 'OUT'];
        await check(name, argv, [files[key]], { code: 2, message });
      });
    }
  }
});

describe('oversized workbooks: refused before the expensive step, naming the limit and the size', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a sheet declaring 1,000,000 rows', 'declaredRows', /trang "Văn bản": có > 20000 dòng, vượt giới hạn 20000 dòng/],
    ['a sheet of 150,000 rows', 'streamedRows', /vượt giới hạn 20000 dòng/],
    [
      'a 50 MB shared-strings part',
      'bigStrings',
      /phần xl\/sharedStrings\.xml giải nén ra 5\d(\.\d)? MB, vượt giới hạn 48 MB/,
    ],
    [
      'a shared-strings part declaring 400 MB',
      'strings400',
      /phần xl\/sharedStrings\.xml giải nén ra 400 MB, vượt giới hạn 48 MB/,
    ],
    ['a zip declaring 600 MB', 'zipBomb', /600(\.\d)? MB.*512 MB|512 MB.*600(\.\d)? MB/],
  ];
  for (const [name, key, message] of cases) {
    for (const command of ['validate', 'track']) {
      it(`${name}: ${command}`, async () => {
        const argv = command === 'validate' ? [command, files[key]] : [command, files[key], '-o', 'OUT'];
        await check(name, argv, [files[key]], { code: 2, message });
      });
    }
  }

  it('80,000 findings: validate lists 1,000 and counts them all, exit 1', async () => {
    const r = await check('80,000 findings', ['validate', files.manyFindings], [files.manyFindings], {
      code: 1,
      message: /chỉ liệt kê 1000 trong 8\d{4} phát hiện/,
    });
    expect(r.stdout).toMatch(/✖ \d{5} lỗi, \d+ cảnh báo/);
  });
  it('80,000 findings: validate --format json lists them all', async () => {
    const r = await check(
      '80,000 findings',
      ['validate', files.manyFindings, '--format', 'json'],
      [files.manyFindings],
      {
        code: 1,
        message: /"ruleId"/,
      },
    );
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(80_000);
  });
  it('80,000 findings: track --force writes the workbook, exit 1', async () => {
    await check('80,000 findings', ['track', files.manyFindings, '-o', 'OUT', '--force'], [files.manyFindings], {
      code: 1,
      message: /chỉ liệt kê 1000 trong/,
      writes: true,
    });
  });
});

describe('files that are not what their name says', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a legacy .xls renamed .xlsx', 'xlsRenamed', /là sổ Excel cũ \(\.xls, Excel 97–2003\)/],
    ['a password-protected workbook', 'encrypted', /được đặt mật khẩu; hãy gỡ mật khẩu trong Excel/],
    ['a Word document renamed .xlsx', 'docxRenamed', /là văn bản Word \(\.docx\).*phoihop import/],
    ['a FIFO', 'fifo', /ong\.xlsx: đây là một đường ống có tên/],
    ['a link to /dev/zero', 'zero', /zero\.xlsx: đây là một thiết bị ký tự/],
  ];
  for (const [name, key, message] of cases)
    it(`${name}: validate`, async () => {
      await check(name, ['validate', files[key]], [files[key]], { code: 2, message });
    });

  it('a file name that is not valid UTF-8: said so, not "not found"', () => {
    const dir = tempDir('phoihop-name-');
    const r = spawnSync(
      'sh',
      [
        '-c',
        `cd "${dir}" && : > "$(printf 'qc\\377.xlsx')" && "${process.execPath}" "${BIN}" validate "$(printf 'qc\\377.xlsx')"`,
      ],
      {
        encoding: 'utf8',
        timeout: TIME_LIMIT_MS,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/tên tệp có ký tự không hợp lệ \(không phải UTF-8/);
  });
});

describe('documents for import', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    // Damage is named as damage; declarations only where the file has them.
    ['100,000 unclosed <w:abstractNum>', () => files.numbering, /phần nội dung Word bị hỏng, không đọc được\)\./],
    ['an XXE entity', () => files.xxe, /khai báo không được phép \(định nghĩa kiểu tài liệu, thực thể\)\)\./],
    ['billion laughs', () => files.laughs, /khai báo không được phép/],
    ['a .docx declaring 300 MB', () => files.docxBomb, /300(\.\d)? MB, vượt giới hạn 24 MB/],
    ['a password-protected .docx', () => files.encryptedDocx, /hãy gỡ mật khẩu trong Word/],
    ['a 50 MB text', () => files.text50, /nặng 50 MB, vượt giới hạn 8 MB cho một văn bản/],
    ['3,000,000 lines', () => files.lines3m, /có hơn 50000 dòng, vượt giới hạn/],
    ['6 MB on one line', () => files.oneLine, /một dòng dài \d+ ký tự, vượt giới hạn 100000 ký tự/],
  ];
  for (const [name, file, message] of cases)
    it(`${name}: import`, async () => {
      await check(name, ['import', file(), '-o', 'OUT'], [file()], { code: 2, message });
    });
});

describe('rule files and folders an office should never send: refused when loaded, naming file and field', () => {
  const ruleCase = (name: string, text: string, message: RegExp, code = 2) =>
    it(name, async () => {
      const rules = path.join(tempDir('phoihop-rules-'), 'luat.json');
      writeFileSync(rules, text);
      await check(name, ['validate', files.example, '--rules', rules], [rules, files.example], { code, message });
    });
  ruleCase(
    'an unclosed group',
    patternRule('('),
    /luat\.json, trường "conditions\.all\[0\]\.value": biểu thức "\(" không phải/,
  );
  ruleCase('an unclosed class', patternRule('['), /trường "conditions\.all\[0\]\.value": biểu thức "\[" không phải/);
  ruleCase('an unknown \\p{…}', patternRule('\\p{Khong}'), /biểu thức "\\p\{Khong\}" không phải biểu thức chính quy/);
  ruleCase('a back-reference', patternRule('(a)\\1'), /dùng tham chiếu ngược hoặc nhìn trước\/nhìn sau/);
  ruleCase(
    'report field __proto__',
    reservedFieldRule('__proto__'),
    /trường "report\.field": tên "__proto__" là tên dành riêng/,
  );
  ruleCase('report field constructor', reservedFieldRule('constructor'), /tên "constructor" là tên dành riêng/);
  ruleCase(
    'conditions 10,000 deep',
    deepRule(10_000),
    /luat\.json: các điều kiện lồng nhau quá sâu \(tối đa 32 tầng\)/,
  );
  ruleCase('a 2 MB rule file', ' '.repeat(2 * MB) + '{}', /luat\.json nặng 20\d\d KB, vượt giới hạn 1024 KB/);

  it('^(a+)+$ against 44 letters: accepted, and runs in linear time', async () => {
    const rules = path.join(tempDir('phoihop-rules-'), 'luat.json');
    writeFileSync(rules, patternRule('^(a+)+$'));
    // Linear: a backtracking engine tries some 2^44 ways on these 44 letters (34 took 80 s; 44, about a day),
    // so check()'s hang guard tells the two apart on any machine.
    await check(
      '^(a+)+$ on 44 letters',
      ['validate', files.catastrophicTarget, '--rules', rules, '--format', 'json'],
      [rules],
      {
        code: 0,
        message: /"summary"/,
      },
    );
    // The same in a batch worker thread, which gets the office's rules already merged.
    const folder = tempDir('phoihop-regex-batch-');
    writeFileSync(path.join(folder, 'truong.xlsx'), readFileSync(files.catastrophicTarget));
    const b = await check('^(a+)+$ on 44 letters', ['batch', folder, '--rules', rules, '--format', 'json'], [rules], {
      code: 0,
      message: /"files"/,
    });
    expect(JSON.parse(b.stdout).files[0].kind).toBe('regulation');
  });

  const folderCase = (name: string, make: (dir: string) => void, message: RegExp, code = 2) =>
    it(name, async () => {
      const dir = tempDir('phoihop-rules-dir-');
      writeFileSync(path.join(dir, 'tat.json'), '{"id": "recipients-archive", "severity": "off"}');
      make(dir);
      await check(name, ['validate', files.example, '--rules', dir], [path.join(dir, 'tat.json')], { code, message });
    });
  folderCase(
    'a rules folder with a sub-folder named *.json (skipped)',
    (d) => mkdirSync(path.join(d, 'con.json')),
    /✖|Không phát hiện/,
    0,
  );
  folderCase(
    'a rules folder with a symlink loop',
    (d) => {
      symlinkSync('b.json', path.join(d, 'a.json'));
      symlinkSync('a.json', path.join(d, 'b.json'));
    },
    /a\.json: đây là một liên kết tượng trưng trỏ vòng/,
  );
  folderCase(
    'a rules folder with a FIFO',
    (d) => execFileSync('mkfifo', [path.join(d, 'ong.json')]),
    /ong\.json: đây là một đường ống có tên/,
  );
  folderCase(
    'a rules folder with /dev/zero linked in',
    (d) => symlinkSync('/dev/zero', path.join(d, 'zero.json')),
    /zero\.json: đây là một thiết bị ký tự/,
  );

  it('a FIFO given as --rules and as --calendar: named, never waited on', async () => {
    const dir = tempDir('phoihop-fifo-');
    const fifo = path.join(dir, 'luat.json');
    execFileSync('mkfifo', [fifo]);
    await check('FIFO as --rules', ['validate', files.example, '--rules', fifo], [], {
      code: 2,
      message: /luat\.json: đây là một đường ống/,
    });
    await check('FIFO as --calendar', ['track', files.example, '--calendar', fifo, '-o', 'OUT'], [], {
      code: 2,
      message: /luat\.json: đây là một đường ống/,
    });
  });
});

describe('values outside what Excel can show', () => {
  it('an issue date serial of 1e15 is shown as the number it is, not "not filled in"', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.example);
    wb.getWorksheet('Văn bản')!.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Ngày ban hành')) {
        row.getCell(2).value = 1e15;
        row.getCell(2).numFmt = 'dd/mm/yyyy';
      }
    });
    const file = path.join(tempDir('phoihop-serial-'), 'ngay-1e15.xlsx');
    await wb.xlsx.writeFile(file);
    await check('issue date serial 1e15', ['validate', file], [file], {
      code: 1,
      message: /Ngày ban hành "1000000000000000" không phải ngày hợp lệ/,
    });
  });
});

describe('a time budget for every command', () => {
  it('past PHOIHOP_TIME_LIMIT a run stops with one line, the previous output intact, no temporary file', async () => {
    const outDir = tempDir('phoihop-budget-');
    const out = path.join(outDir, 'so.xlsx');
    writeFileSync(out, 'previous');
    const r = await runChild(['track', files.manyFindings, '-o', out, '--force'], {
      env: { PHOIHOP_TIME_LIMIT: '0.5' },
    });
    table.push({ input: '80,000 findings, 0.5 s budget', command: 'track', code: r.code, peakMb: r.peakMb, ms: r.ms });
    expect(r.signal).toBe('SIGTERM');
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
    expect(r.stderr).toContain('Lệnh track chạy quá 0.5 giây nên đã dừng; không tệp nào bị thay');
    expect(r.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at .+:\d+:\d+/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(outDir)).toEqual(['so.xlsx']);
  });
});

describe("outputs stay inside Excel's limits", () => {
  it('a 32,767-character school name: track cuts cells at 32,767 with a visible mark, the footer at 255', async () => {
    const content = exampleContent();
    content.document.issuer = 'TRƯỜNG MẦM NON '.padEnd(32_767, 'HOA MAI ');
    const source = path.join(tempDir('phoihop-long-'), 'ten-dai.xlsx');
    writeFileSync(source, await writeRegulationWorkbook(content));
    const out = path.join(tempDir('phoihop-long-out-'), 'so.xlsx');
    const r = await runChild(['track', source, '-o', out, '--force']);
    expect(r.code, r.stderr).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let longest = 0;
    let marked = 0;
    wb.eachSheet((ws) => {
      expect((ws.headerFooter?.oddFooter ?? '').length, ws.name).toBeLessThanOrEqual(255);
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === 'string' ? cell.value : '';
          longest = Math.max(longest, text.length);
          if (text.endsWith('[đã cắt bớt: Excel chỉ chứa 32.767 ký tự một ô]')) marked++;
        }),
      );
    });
    expect(longest).toBeLessThanOrEqual(32_767);
    expect(marked).toBeGreaterThan(0);
  });
});

describe('batch over the whole hostile folder', () => {
  it('every entry gets its row, one bad file costs only its own, under 1 GB', async () => {
    const entries = readdirSync(hostileFolder);
    const inputs = entries.map((e) => path.join(hostileFolder, e));
    const r = await check(
      'the hostile folder',
      ['batch', hostileFolder, '--format', 'json', '--jobs', '2'],
      inputs,
      {
        code: 1,
        message: /"files"/,
      },
      CEILING_MB.batch,
    );
    const report = JSON.parse(r.stdout) as {
      files: Array<{ file: string; kind: string; problem?: unknown; document: { format: string } | null }>;
    };
    expect(report.files.map((f) => f.file).sort()).toEqual([...entries].sort());
    const kind = (name: string) => report.files.find((f) => f.file === name)!;
    // A regulation sent as text or as Word (even renamed .xlsx) is read and checked as import then validate would.
    expect(kind('ghi-chu.txt')).toMatchObject({ kind: 'regulation', document: { format: 'txt' } });
    expect(kind('word-doi-ten.xlsx')).toMatchObject({ kind: 'regulation', document: { format: 'docx' } });
    for (const name of ['ong.xlsx', 'zero.xlsx', 'vong-a.xlsx', 'treo.xlsx', 'hang-row.xlsx', 'bom-600mb.xlsx'])
      expect(kind(name).kind, name).toBe('unreadable');
    expect(JSON.stringify(kind('treo.xlsx').problem)).toMatch(/trỏ tới tệp không còn/);
  });
});
