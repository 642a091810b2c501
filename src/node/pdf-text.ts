// The text layer of a PDF as plain lines, for `verify --workbook` to compare with the workbook.
// A stop-gap adapter: the PDF importer (documents as they arrive, DESIGN §9) replaces
// readPdfPlainText at merge. pdfjs gives positioned runs; runs on one baseline make a line, a wide
// gap between runs is a column (a tab, as the importer reads the two-column heading), and a line
// that runs to the right margin continues on the next when that one is set one line height below.
import { UserError } from '../core/i18n';

interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

interface PdfjsModule {
  getDocument(src: object): { promise: Promise<PdfjsDocument> };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: PdfjsItem[] }> }>;
  destroy(): Promise<void>;
}

/** Pages read at most: a regulation has a handful; the limit keeps a hostile file bounded. */
export const PDF_TEXT_PAGE_LIMIT = 500;

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdfjs is an ES module: TypeScript compiles import() to require(), which Node loads from 20.19 on. */
async function loadPdfjs(): Promise<PdfjsModule> {
  try {
    return (await import(PDFJS)) as PdfjsModule;
  } catch {
    // An older Node 20: a real import(), out of TypeScript's sight.
    const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;
    return (await importEsm(PDFJS)) as PdfjsModule;
  }
}

interface Line {
  y: number;
  runs: TextRun[];
}

interface Column {
  text: string;
  left: number;
  right: number;
}

interface Margins {
  left: number;
  right: number;
  lineStep: number;
}

interface LaidLine {
  y: number;
  height: number;
  columns: Column[];
  left: number;
  right: number;
}

/** A baseline's runs in columns: a gap wider than one and a half letters starts a new column. */
function layLine(l: Line): LaidLine {
  l.runs.sort((a, b) => a.x - b.x);
  const columns: Column[] = [];
  let height = 0;
  for (const run of l.runs) {
    if (!run.str.trim()) continue;
    const size = run.height || 12;
    height = Math.max(height, size);
    const last = columns[columns.length - 1];
    const gap = last ? run.x - last.right : Infinity;
    if (!last || gap > size * 1.5) columns.push({ text: run.str.trim(), left: run.x, right: run.x + run.width });
    else {
      last.text +=
        (gap > size * 0.15 && !/\s$/.test(last.text)) || /^\s/.test(run.str) ? ' ' + run.str.trim() : run.str;
      last.right = run.x + run.width;
    }
  }
  for (const c of columns) c.text = c.text.replace(/\s+/g, ' ').trim();
  return { y: l.y, height: height || 12, columns, left: columns[0]?.left ?? 0, right: columns.at(-1)?.right ?? 0 };
}

/**
 * Two-column blocks (the heading, the signature blocks) are tables in the Word document: read
 * row by row (rows parted by a blank line's height), each row's left cell then its right one.
 */
function unfoldTwoColumns(lines: LaidLine[], margins: Margins): string[][] {
  const out: string[][] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].columns.length !== 2) {
      out.push([lines[i].columns.map((c) => c.text).join('\t')]);
      i++;
      continue;
    }
    const split = (lines[i].columns[0].right + lines[i].columns[1].left) / 2;
    const oneSide = (l: LaidLine) => l.columns.length === 1 && (l.right < split || l.left > split);
    let end = i;
    for (let j = i + 1; j < lines.length && (lines[j].columns.length === 2 || oneSide(lines[j])); j++)
      if (lines[j].columns.length === 2) end = j;
    // The Word document has an empty paragraph before its tables; the importer parts blocks on it.
    out.push(['']);
    let row: LaidLine[] = [];
    const flush = () => {
      const isLeft = (l: LaidLine, c: Column) => (l.columns.length === 2 ? c === l.columns[0] : c.right < split);
      for (const side of [true, false]) {
        const width = side ? split - margins.left : margins.right - split;
        const cell: Array<Column & { y: number }> = [];
        for (const l of row)
          for (const c of l.columns.filter((c) => isLeft(l, c) === side)) {
            const prev = cell.at(-1);
            // A line as wide as its cell wrapped: "TM. BAN CHẤP HÀNH CÔNG ĐOÀN / CƠ SỞ" is one line.
            if (prev && prev.right - prev.left > width * 0.75 && prev.y - l.y <= margins.lineStep + 1) {
              prev.text += ' ' + c.text;
              prev.y = l.y;
            } else cell.push({ ...c, y: l.y });
          }
        out.push(cell.map((c) => c.text));
      }
      row = [];
    };
    for (let j = i; j <= end; j++) {
      const prev = lines[j - 1];
      if (row.length > 0 && prev.y - lines[j].y > lines[j].height * 1.6) flush();
      row.push(lines[j]);
    }
    flush();
    i = end + 1;
  }
  return out;
}

/**
 * A table of three columns or more (the Phân công appendix) is left out: its cells wrap line by
 * line into each other, and the comparison with the workbook does not cover it. It ends with the
 * page or at a line as wide as the text.
 */
function withoutTables(lines: LaidLine[], margins: { left: number; right: number }): LaidLine[] {
  const textWidth = margins.right - margins.left;
  const centred = (l: LaidLine) =>
    l.columns.length === 1 &&
    l.left > margins.left + 10 &&
    Math.abs(l.left - margins.left - (margins.right - l.right)) < 30;
  const out: LaidLine[] = [];
  let inTable = false;
  for (const l of lines) {
    if (l.columns.length >= 3 && !inTable) {
      inTable = true;
      // The table's own centred title ("PHÂN CÔNG THỰC HIỆN", "(Kèm theo …)") goes with it.
      while (out.length > 0 && centred(out[out.length - 1])) out.pop();
    } else if (inTable && l.columns.length === 1 && l.right - l.left > textWidth * 0.6) inTable = false;
    if (!inTable) out.push(l);
  }
  return out;
}

function pageLines(runs: TextRun[]): string[] {
  const lines: Line[] = [];
  for (const run of runs) {
    if (!run.str) continue;
    const line = lines.find((l) => Math.abs(l.y - run.y) < 2);
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  lines.sort((a, b) => b.y - a.y);
  const laid = lines.map(layLine).filter((l) => l.columns.length > 0);
  if (laid.length === 0) return [];
  const right = Math.max(...laid.map((t) => t.right));
  const leftMargin = Math.min(...laid.map((t) => t.left));
  // A body line that runs to the right margin goes on in the next, set one line step below (the
  // most common step on the page; paragraphs are parted by a wider one).
  const steps = new Map<number, number>();
  for (let i = 1; i < laid.length; i++) {
    const step = Math.round((laid[i - 1].y - laid[i].y) * 2) / 2;
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  const lineStep = [...steps.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 14;
  const joined: LaidLine[] = [];
  for (const t of laid) {
    const prev = joined.at(-1);
    const joins =
      prev &&
      prev.columns.length === 1 &&
      t.columns.length === 1 &&
      prev.right > right - 24 &&
      prev.y - t.y <= lineStep + 1 &&
      (Math.abs(t.left - leftMargin) < 2 || Math.abs(prev.left - leftMargin) > 2);
    if (prev && joins) {
      prev.columns[0].text += ' ' + t.columns[0].text;
      prev.right = t.right;
      prev.y = t.y;
    } else joined.push({ ...t, columns: t.columns.map((c) => ({ ...c })) });
  }
  return unfoldTwoColumns(withoutTables(joined, { left: leftMargin, right }), { left: leftMargin, right, lineStep })
    .flat()
    .filter((l) => !/^\d{1,3}$/.test(l));
}

/** The PDF's text, line by line (pages one after another); throws a UserError when it cannot be read. */
export async function readPdfPlainText(bytes: Uint8Array, file: string): Promise<string> {
  const pdfjs = await loadPdfjs();
  let doc: PdfjsDocument;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new UserError('verify.unreadableText', { file });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, PDF_TEXT_PAGE_LIMIT); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const runs = content.items
        .filter((i): i is Required<PdfjsItem> => typeof i.str === 'string' && Array.isArray(i.transform))
        .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, height: i.height }));
      pages.push(pageLines(runs).join('\n'));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}
