// The regulation workbook as a school prints it: written by `template --example`, `import` and
// `renew`, opened and printed by LibreOffice (an independent program), then measured on paper:
// no text line crosses another, nothing runs off the page, every page is A4 with the header row
// and a page number, and the header cells are white on navy (LibreOffice ignores table styles).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCKS } from '../../src/core/layout';
import { runCli, tempDir } from '../helpers/cli';
import { linesOffPage, overlappingLines, pdfLines, sofficeToPdf, type PageBox } from '../helpers/pdf-layout';
import { DOC_A, DOC_B } from '../import/documents';

const WORK = tempDir('phoihop-regprint-');
const SEED = path.resolve(__dirname, '../../../shared/seeds');

/** The workbooks a clerk gets from the three commands that write one. */
async function workbooks(): Promise<string[]> {
  const out: string[] = [];
  const run = async (...argv: string[]) => {
    const r = await runCli(...argv);
    expect(r.code, r.stderr).toBeLessThan(2);
  };
  const example = path.join(WORK, 'vi-du.xlsx');
  await run('template', '--example', '-o', example);
  out.push(example);
  const renewed = path.join(WORK, 'nam-moi.xlsx');
  await run('renew', example, '-o', renewed);
  out.push(renewed);
  const docs: Array<[string, string]> = [
    ['van-ban-a', DOC_A],
    ['van-ban-b', DOC_B],
    // Long enough that Điều khoản runs over several pages whether or not the seeds are beside us.
    ['van-ban-dai', DOC_A.replace('Điều 4. Chăm lo đời sống', `${longClauses(45)}\nĐiều 4. Chăm lo đời sống`)],
  ];
  // The longest real regulation of the shared seeds, when the checkout has them beside it.
  const seed = existsSync(SEED) ? readdirSync(SEED).find((n) => n.startsWith('004_')) : undefined;
  if (seed) docs.push(['seed-004', readFileSync(path.join(SEED, seed), 'utf8')]);
  for (const [name, text] of docs) {
    const txt = path.join(WORK, `${name}.txt`);
    writeFileSync(txt, text);
    const xlsx = path.join(WORK, `${name}.xlsx`);
    await run('import', txt, '-o', xlsx);
    out.push(xlsx);
  }
  return out;
}

/** Numbered clauses of wrapped, varied prose, like the long articles of real regulations. */
function longClauses(count: number): string {
  const tasks = ['tổ chức', 'kiểm tra', 'tổng hợp', 'báo cáo', 'phát động'];
  const what = ['phong trào thi đua dạy tốt, học tốt', 'việc thực hiện chế độ chính sách', 'ý kiến của đoàn viên'];
  return Array.from(
    { length: count },
    (_, i) =>
      `${i + 3}. Nhà trường phối hợp với Công đoàn ${tasks[i % tasks.length]} ${what[i % what.length]} ` +
      `trong tổ chuyên môn số ${i + 1}, lập biên bản, gửi Ban giám hiệu và công khai tại phòng hội đồng ` +
      `để mọi cán bộ, giáo viên, nhân viên cùng theo dõi và góp ý trong thời hạn quy định.`,
  ).join('\n');
}

/** Pixels of an RGB crop of a page, rendered by poppler at 100 dpi (PPM, no image library). */
function crop(pdf: string, page: number, box: { x: number; y: number; w: number; h: number }): Buffer {
  const k = 100 / 72;
  const ppm = execFileSync('pdftoppm', [
    '-r',
    '100',
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    String(Math.floor(box.x * k)),
    '-y',
    String(Math.floor(box.y * k)),
    '-W',
    String(Math.ceil(box.w * k)),
    '-H',
    String(Math.ceil(box.h * k)),
    pdf,
  ]);
  // Header "P6\n<w> <h>\n255\n" then the pixels.
  let at = 0;
  for (let fields = 0; fields < 4; at++)
    if (/\s/.test(String.fromCharCode(ppm[at])) && !/\s/.test(String.fromCharCode(ppm[at - 1]))) fields++;
  return ppm.subarray(at);
}

describe('the regulation workbook prints readably (LibreOffice)', () => {
  const printed: Array<{ file: string; pdf: string; pages: PageBox[] }> = [];

  beforeAll(async () => {
    const files = await workbooks();
    sofficeToPdf(files, path.join(WORK, 'pdf')).forEach((pdf, i) =>
      printed.push({ file: files[i], pdf, pages: pdfLines(pdf) }),
    );
  });

  it('no printed line runs over another, nothing leaves the page', () => {
    for (const { file, pages } of printed) {
      const crossings = overlappingLines(pages).map(([a, b]) => `p${a.page}: "${a.text}" × "${b.text}"`);
      expect(crossings, path.basename(file)).toEqual([]);
      expect(
        linesOffPage(pages).map((l) => l.text),
        path.basename(file),
      ).toEqual([]);
    }
  });

  it('every page is A4, carries its sheet’s header row and a page number', () => {
    for (const { file, pages } of printed) {
      pages.forEach((page, i) => {
        const [w, h] = [page.width, page.height].sort((a, b) => a - b);
        expect(w).toBeCloseTo(595.3, 0);
        expect(h).toBeCloseTo(841.9, 0);
        const text = page.lines.map((l) => l.text).join('\n');
        expect(text, `${path.basename(file)} page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
        const sheet = BLOCKS.find((b) => text.includes(`Phối hợp — ${b.sheet}`));
        if (sheet) expect(text).toContain(sheet.columns[0].header);
      });
    }
  });

  it('a clause sheet running over several pages repeats its header on each', () => {
    const clauses = BLOCKS.find((b) => b.key === 'clauses')!;
    const long = printed.find(({ pages }) => pages.filter((p) => onSheet(p, clauses.sheet)).length > 1);
    expect(long, 'an imported document whose clauses take several pages').toBeDefined();
    for (const page of long!.pages.filter((p) => onSheet(p, clauses.sheet)))
      for (const c of clauses.columns.filter((c) => c.width >= 10))
        expect(page.lines.map((l) => l.text).join(' ')).toContain(c.header);
  });

  it('header cells are white bold on navy, in the file and on paper', async () => {
    const { file, pdf, pages } = printed[0];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    for (const spec of BLOCKS) {
      const cell = wb.getWorksheet(spec.sheet)!.getCell(1, 1);
      expect(cell.font?.color?.argb, spec.sheet).toBe('FFFFFFFF');
      expect(cell.font?.bold).toBe(true);
    }
    // On the printed page, the header word's own box holds light pixels (the text) on dark ones.
    const word = pages[0].lines.find((l) => l.text === BLOCKS[0].columns[1].header)!;
    const px = crop(pdf, 1, { x: word.xMin, y: word.yMin, w: word.xMax - word.xMin, h: word.yMax - word.yMin });
    let light = 0;
    let dark = 0;
    for (let i = 0; i + 2 < px.length; i += 3) {
      const lum = (px[i] + px[i + 1] + px[i + 2]) / 3;
      if (lum > 200) light++;
      else if (lum < 110) dark++;
    }
    expect(dark).toBeGreaterThan(light); // navy behind
    expect(light).toBeGreaterThan(0.05 * (light + dark)); // white strokes on it
  });
});

function onSheet(page: PageBox, sheet: string): boolean {
  return page.lines.some((l) => l.text.includes(`Phối hợp — ${sheet}`));
}
