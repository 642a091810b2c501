// Word 97 .doc files as schools hold them ("Tải bản đầy đủ (.doc)"), written here by LibreOffice
// from our own .docx files (never copied from the web): the corpus in every .docx layout (converted
// in batches, ../helpers/office-convert.ts), and the worked example's export. Read through the same
// reader as the CLI and the pane; word-extractor, a reader of its own, checks that the text we
// read is the text the file holds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import WordExtractor from 'word-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { exampleContent } from '../../src/core/template/example';
import { readDocumentBytes } from '../../src/docx/read-document';
import { exportContent, compareModels } from '../export/fidelity';
import { runCli, tempDir } from '../helpers/cli';
import { modelOf } from '../helpers/content-grids';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { convertDocx } from '../helpers/office-convert';
import { CORPUS } from './corpus';
import { DOCX_LAYOUTS } from './layouts';
import { compareLayout, comparisonReport } from './converted-corpus';

const dir = tempDir('phoihop-doc-');

/** LibreOffice saves .docx files as .doc; the .doc bytes by name. */
function toDoc(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const inDir = mkdtempSync(path.join(dir, 'in-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(inDir, `${name}.docx`), bytes);
  const convert = (names: string[]) =>
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'doc:MS Word 97',
        '--outdir',
        inDir,
        ...names.map((n) => path.join(inDir, `${n}.docx`)),
      ],
      { stdio: 'pipe', timeout: HANG_GUARD_MS },
    );
  // A long run of LibreOffice now and then stops short: what it left is converted again, once.
  const missing = () => Object.keys(files).filter((n) => !existsSync(path.join(inDir, `${n}.doc`)));
  convert(Object.keys(files));
  if (missing().length) convert(missing());
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(path.join(inDir, `${name}.doc`)))]),
  );
}

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));

// Hand-marked task times right from the .docx and not from its .doc: none (cells merged down a
// table are read from each row's properties; the optional hyphen and the no-break space are kept,
// so a mojibake page is repaired as from the .docx). A miss fails the test.
const KNOWN_TIME_MISSES: string[] = [];

describe('the corpus saved as .doc by LibreOffice, in every .docx layout', () => {
  const layouts = Object.entries(DOCX_LAYOUTS);
  const docx = new Map<string, Uint8Array>();
  let docs: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    layouts.forEach(([, lay], l) => CORPUS.forEach((d) => docx.set(`${l}-${d.id}`, lay(d.text))));
    docs = Object.fromEntries(await convertDocx(docx, 'doc'));
  });

  it.each(layouts.map(([name], l) => [name, l] as const))(
    'reads the headline fields as well as from the .docx (within 2 points), and the task times: %s',
    async (name, l) => {
      const c = await compareLayout(
        (id) => docx.get(`${l}-${id}`)!,
        (id) => docs[`${l}-${id}`],
        'doc',
      );
      console.log(comparisonReport('.doc', name, c));
      expect(c.docx - c.other).toBeLessThanOrEqual(2);
      expect(c.timesLost.filter((t) => !KNOWN_TIME_MISSES.includes(t))).toEqual([]);
    },
  );

  it('reads the words word-extractor reads, in the same order', async () => {
    const extractor = new WordExtractor();
    for (const d of CORPUS.slice(0, 8)) {
      const bytes = docs[`1-${d.id}`];
      const ours = await readDocumentBytes(bytes, `${d.id}.doc`);
      const theirs = (await extractor.extract(Buffer.from(bytes))).getBody();
      // Tables are rebuilt (cells in reading order): compare the words, not the line breaks.
      expect(words(ours.text).join(' '), d.id).toBe(words(theirs).join(' '));
    }
  });
});

describe("the worked example's export saved as .doc", () => {
  let docx: Uint8Array;
  let doc: Uint8Array;
  beforeAll(async () => {
    docx = await exportContent(exampleContent());
    doc = toDoc({ example: docx }).example;
  });

  it('imports back with every field the .docx round trip gives', async () => {
    const content = exampleContent();
    const viaDocx = await readDocumentBytes(docx, 'example.docx');
    const viaDoc = await readDocumentBytes(doc, 'example.doc');
    expect(viaDoc.format).toBe('doc');
    const back = (text: string) => modelOf(importText(text).content);
    const docxFidelity = compareModels(modelOf(content), back(viaDocx.text));
    const docFidelity = compareModels(modelOf(content), back(viaDoc.text));
    console.log(
      `[import .doc] worked example: ${docFidelity.checked} fields, ${docFidelity.mismatches.length} differ (.docx: ${docxFidelity.mismatches.length})`,
    );
    expect(docFidelity.checked).toBe(docxFidelity.checked);
    expect(docFidelity.mismatches).toEqual(docxFidelity.mismatches);
    expect(docFidelity.mismatches).toEqual([]);
  });

  it('import --format json says "doc"; the summary says what a .doc cannot give', async () => {
    const file = path.join(dir, 'quy-che.doc');
    writeFileSync(file, doc);
    const json = await runCli('import', file, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'doc', fields: { number: { value: '15/QCPH-MNHM-CĐ' } } });
    const out = path.join(dir, 'quy-che.xlsx');
    const text = await runCli('import', file, '-o', out);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('Đọc từ văn bản Word cũ (.doc)');
    expect(text.stderr).toContain('ô gộp ngang trong bảng');
    expect(existsSync(out)).toBe(true);
  });

  /** The file with a stream or storage of the directory renamed (same length or shorter). */
  const rename = (bytes: Uint8Array, from: string, to: string, type?: number) => {
    const out = bytes.slice();
    const utf16 = (s: string) => Buffer.from(s, 'utf16le');
    const at = Buffer.from(out).indexOf(Buffer.concat([utf16(from), Buffer.from([0, 0])]));
    expect(at).toBeGreaterThan(0);
    out.fill(0, at, at + 64);
    out.set(utf16(to), at);
    new DataView(out.buffer).setUint16(at + 64, (to.length + 1) * 2, true);
    if (type !== undefined) out[at + 66] = type;
    return out;
  };
  const refused = async (bytes: Uint8Array, name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = await runCli('import', file, '--format', 'json');
    expect(r.stdout, name).toBe('');
    expect(r.code, name).toBe(2);
    // One clear line, Vietnamese first, naming the file; never a stack trace.
    const lines = r.stderr.trim().split('\n');
    expect(lines[0], name).toContain(name);
    expect(r.stderr, name).not.toMatch(/\bat \w+ \(|Error:/);
    return r.stderr;
  };

  it('a .doc with macros is read as text only, and says so', async () => {
    // Word keeps a document's macros in a storage named Macros: here one, as Word names it.
    const withMacros = rename(doc, '\x01CompObj', 'Macros', 1);
    const file = path.join(dir, 'co-macro.doc');
    writeFileSync(file, withMacros);
    const r = await runCli('import', file, '-o', path.join(dir, 'co-macro.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('mã lệnh không được chạy, chỉ đọc chữ');
    const read = await readDocumentBytes(withMacros, 'co-macro.doc');
    expect(read.macros).toBe(true);
    expect(read.text).toBe((await readDocumentBytes(doc, 'example.doc')).text);
  });

  it('a truncated .doc, one that declares too much, and one that holds no Word text: one line each', async () => {
    for (const cut of [600, 5000, Math.floor(doc.length / 2), doc.length - 700])
      expect(await refused(doc.slice(0, cut), `cat-${cut}.doc`)).toMatch(/bị hỏng hoặc thiếu phần/);
    // ccpText, the count of the main text's characters, set past any regulation.
    const huge = doc.slice();
    const word = Buffer.from(huge).indexOf(Buffer.from([0xec, 0xa5]), 512);
    new DataView(huge.buffer).setInt32(word + 0x4c, 0x7ffffff0, true);
    expect(await refused(huge, 'qua-lon.doc')).toMatch(/khai báo hơn 4000000 ký tự/);
    // A stream declared larger than the file itself.
    const declared = doc.slice();
    const at = Buffer.from(declared).indexOf(Buffer.from('WordDocument\0', 'utf16le'));
    new DataView(declared.buffer).setUint32(at + 120, 0x7ffffff0, true);
    expect(await refused(declared, 'khai-lon.doc')).toMatch(/bị hỏng hoặc thiếu phần/);
    // A chain of sectors that loops on itself.
    const loop = doc.slice();
    const fat = 512 + new DataView(loop.buffer).getUint32(76, true) * 512;
    const dv = new DataView(loop.buffer);
    for (let i = 0; i < 128; i++)
      if (dv.getUint32(fat + 4 * i, true) === 0xfffffffe) dv.setUint32(fat + 4 * i, i, true);
    expect(await refused(loop, 'vong-lap.doc')).toMatch(/bị hỏng hoặc thiếu phần/);
    expect(await refused(rename(doc, 'WordDocument', 'WordDocumenX'), 'khong-phai.doc')).toMatch(
      /không chứa văn bản Word/,
    );
  });
});
