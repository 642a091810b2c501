// Independent readers open the exported document without a warning: mammoth (what Word-to-HTML
// tools use), python-docx (the reference Python reader) and LibreOffice's text export. Hostile
// cell text (markup, CDATA ends, 32,000 characters, right-to-left marks, emoji, things that look
// like fields, formulas or links) is written as plain text, read back exactly, never as markup; a
// control character the format cannot hold is refused with its sheet and cell.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWordDocument, checkExportText } from '../../src/core/export';
import { exampleContent } from '../../src/core/template/example';
import { writeWordDocument } from '../../src/docx/write-document';
import { modelOf } from '../helpers/content-grids';
import { runCli } from '../helpers/cli';
import { at, readText, soffice, writeWorkbook } from './helpers';

const PY_READ = `
import docx, json, sys, warnings
warnings.simplefilter('error')
d = docx.Document(sys.argv[1])
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
s = d.sections[0]
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'cells': cells, 'tables': len(d.tables),
  'sections': len(d.sections), 'page': [s.page_width.mm, s.page_height.mm],
  'margins': [s.top_margin.mm, s.bottom_margin.mm, s.left_margin.mm, s.right_margin.mm],
  'font': d.styles.element.xpath('string(//w:docDefaults//w:rFonts/@w:ascii)')}, ensure_ascii=False))
`;

// python3-docx is a Debian package: it lives with the system Python, which a pyenv shim may hide.
const PYTHON = ['/usr/bin/python3', 'python3'].find((py) => {
  try {
    execFileSync(py, ['-c', 'import docx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})!;

function pythonDocx(file: string) {
  const out = execFileSync(PYTHON, ['-W', 'error', '-c', PY_READ, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as {
    paragraphs: string[];
    cells: string[];
    tables: number;
    sections: number;
    page: number[];
    margins: number[];
    font: string;
  };
}

describe('independent readers', () => {
  const docx = at('readers.docx');
  beforeAll(async () => {
    const xlsx = await writeWorkbook(exampleContent(), 'readers.xlsx');
    const r = await runCli('export', xlsx, '-o', docx, '--with-decision');
    expect(r.code, r.stderr).toBe(0);
  });

  it('mammoth converts it with no message once told what its named styles are', async () => {
    // mammoth warns of any paragraph style it has no HTML for; the map comes from the file's own
    // styles part, so a broken style or a paragraph naming an undeclared one still warns.
    const styles = strFromU8(unzipSync(readFileSync(docx))['word/styles.xml']);
    const names = [...styles.matchAll(/<w:style w:type="paragraph"[^>]*>\s*<w:name w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['Quốc hiệu', 'Tiêu ngữ', 'Trích yếu', 'Điều', 'Nơi nhận']));
    const styleMap = names.map((n) => `p[style-name='${n}'] => p:fresh`);
    const result = await mammoth.convertToHtml({ buffer: readFileSync(docx) }, { styleMap });
    expect(result.messages).toEqual([]);
    expect(result.value).toContain('Trần Thị Lan');
    expect(result.value).toContain('QUYẾT ĐỊNH');
  });

  it('python-docx reads it with warnings as errors: sections, A4, margins, Times New Roman, the text', () => {
    const d = pythonDocx(docx);
    expect(d.sections).toBe(2); // the decision, then the regulation on a new page
    expect(d.page.map(Math.round)).toEqual([210, 297]);
    expect(d.margins.map(Math.round)).toEqual([20, 20, 30, 15]);
    expect(d.font).toBe('Times New Roman');
    const all = [...d.paragraphs, ...d.cells].join('\n');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 15/QCPH-MNHM-CĐ',
      'Hòa Bình, ngày 08 tháng 10 năm 2026',
      'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;',
      'Điều 1. Ban hành kèm theo Quyết định này',
      'Nơi nhận:',
      '- Lưu: VT.',
    ])
      expect(all).toContain(s);
  });
});

const HOSTILE = {
  markup: 'Ghi chú <w:t>chèn</w:t> <w:r><w:fldChar w:fldCharType="begin"/></w:r> & &amp; "ngoặc"',
  cdata: 'Kết thúc ]]> giữa câu <![CDATA[ x ]]>',
  long: 'Phối hợp tổ chức hoạt động. '.repeat(1143).slice(0, 32_000),
  rtl: 'Ban \u200fđại diện\u202e cha mẹ\u202c trẻ \u200e',
  emoji: 'Trần Thị Lan 🌸👩‍🏫',
  fieldLike: '{ PAGE } { HYPERLINK "http://example.com" } =SUM(A1:A3) http://truong.edu.vn',
};

describe('hostile cell text', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      const c = exampleContent();
      const clauses = c.blocks.clauses!;
      clauses[1].text = text;
      if (name === 'emoji') c.blocks.signatories![0].name = text;
      if (name === 'rtl') c.blocks.parties![3].name = text;
      const model = modelOf(c);
      expect(checkExportText(model)).toBeNull();
      const file = at(`hostile-${name}.docx`);
      writeFileSync(file, await writeWordDocument(buildWordDocument(model)));
      files[name] = file;
    }
  });

  it('is written as text: mammoth reads every string back exactly, with no field, link or extra element', async () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      const bytes = readFileSync(files[name]);
      const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
      expect(xml).not.toMatch(/<w:hyperlink|<w:fldSimple|<w:instrText|<w:fldChar/);
      const { value, messages } = await mammoth.extractRawText({ buffer: bytes });
      expect(messages).toEqual([]);
      expect(value, name).toContain(text);
    }
  });

  it('LibreOffice opens every one of them and shows the text', () => {
    for (const [name, file] of Object.entries(files)) {
      const txt = readText(soffice(file, 'txt:Text (encoded):UTF8'));
      const probe = {
        markup: '<w:t>chèn</w:t>',
        cdata: ']]> giữa câu',
        long: 'Phối hợp tổ chức hoạt động.',
        rtl: 'cha mẹ',
        emoji: '🌸',
        fieldLike: '{ PAGE }',
      }[name]!;
      expect(txt, name).toContain(probe);
      expect(txt, name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    }
    const long = readText(soffice(files.long, 'txt:Text (encoded):UTF8'));
    expect(long.length).toBeGreaterThan(32_000);
  });

  it('python-docx reads the 32,000-character cell whole', () => {
    const d = pythonDocx(files.long);
    expect(d.paragraphs.some((p) => p.includes(HOSTILE.long.trim()))).toBe(true);
  });

  it('refuses a control character Word cannot hold, naming the sheet and cell (exit 2, nothing written)', async () => {
    const xlsx = await writeWorkbook(exampleContent(), 'control.xlsx');
    // Excel writes a control character as _x0007_ in the shared strings; put one into clause D2.
    const entries = unzipSync(readFileSync(xlsx));
    const strings = strFromU8(entries['xl/sharedStrings.xml']);
    const target = 'Phối hợp xây dựng và triển khai kế hoạch năm học';
    expect(strings).toContain(target);
    entries['xl/sharedStrings.xml'] = strToU8(
      strings.replace(target, `Phối hợp xây dựng_x0007_ và triển khai kế hoạch năm học`),
    );
    writeFileSync(xlsx, zipSync(entries));
    const out = at('control.docx');
    const r = await runCli('export', xlsx, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Điều khoản!E3');
    expect(r.stderr).toContain('U+0007');
    expect(existsSync(out)).toBe(false);
  });
});
