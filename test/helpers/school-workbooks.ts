// Folders of school workbooks for batch tests and the benchmark: regulation workbooks made by
// the template writer from the worked example (one per school, valid or with known defects),
// filled tracking workbooks built from the tracking contract alone (src/core/tracking-book/contract.ts
// and DESIGN.md §4, not from the generator), and foreign or broken files.
import type { Progress } from '../../src/core/batch/types';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import {
  MARKS,
  monthLabel,
  SCHOOL_YEAR_MONTHS,
  TRACKING_HEADERS,
  TRACKING_MARKER,
  TRACKING_SHEETS,
} from '../../src/core/tracking-book/contract';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';

export type Variant = 'valid' | 'invalid' | 'warning';

const COMMUNES = ['HÒA BÌNH', 'AN PHÚ', 'TÂN LẬP', 'ĐÔNG HẢI', 'PHÚ MỸ', 'NAM SƠN', 'BẮC HÀ', 'THẠCH BÀN'];
const NAMES = [
  'HOA SEN',
  'SƠN CA',
  'HỌA MI',
  'TUỔI THƠ',
  'BÌNH MINH',
  'ÁNH DƯƠNG',
  'HƯỚNG DƯƠNG',
  'SAO MAI',
  'VÀNG ANH',
  'BÉ NGOAN',
];
const title = (s: string) =>
  s.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toLocaleUpperCase('vi'));

export interface School {
  index: number;
  /** Short code used in document numbers, letters only. */
  code: string;
  name: string;
  commune: string;
  number: string;
  schoolYearStart: number;
}

function letters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function school(index: number, schoolYearStart = 2025): School {
  const name = `${NAMES[index % NAMES.length]} ${index + 1}`;
  const code = `MN${letters(index)}`;
  return {
    index,
    code,
    name,
    commune: COMMUNES[index % COMMUNES.length],
    number: `${15 + (index % 80)}/QCPH-${code}-CĐ`,
    schoolYearStart,
  };
}

/** The worked example rewritten for one school, with the defects of its variant. */
export function schoolContent(s: School, variant: Variant = 'valid'): WorkbookContent {
  const y = s.schoolYearStart;
  let json = JSON.stringify(exampleContent(y));
  json = json
    .replace(/15\/QCPH-MNHM-CĐ/g, s.number)
    .replace(/MNHM/g, s.code)
    .replace(/HOA MAI/g, s.name)
    .replace(/Hoa Mai/g, title(s.name))
    .replace(/HÒA BÌNH/g, s.commune)
    .replace(/Hòa Bình/g, title(s.commune));
  const content = JSON.parse(json) as WorkbookContent;
  if (variant === 'invalid') {
    // party-has-signatory (CDTN) and responsibility-lead-known (row 3): two errors.
    content.blocks.signatories = content.blocks.signatories!.filter((r) => r.partyCode !== 'CDTN');
    content.blocks.responsibilities![2].lead = 'BGH';
  }
  if (variant === 'warning') {
    // recipients-archive: one warning.
    content.blocks.recipients = content.blocks.recipients!.filter((r) => !String(r.recipient).startsWith('Lưu'));
  }
  return content;
}

export async function regulationBytes(s: School, variant: Variant = 'valid'): Promise<Uint8Array> {
  return writeRegulationWorkbook(schoolContent(s, variant));
}

// ---- tracking workbooks, from the contract ----

/** DESIGN.md §4 default month plan (the contract's calendar), pinned months winning. */
export function plannedMonths(cadence: string, pinned: string): number[] {
  const pins = (pinned.match(/\d{1,2}/g) ?? []).map(Number);
  if (pins.length > 0) return pins;
  const plan: Record<string, number[]> = {
    'Thường xuyên': [9, 10, 11, 12, 1, 2, 3, 4, 5],
    'Hàng tuần': [9, 10, 11, 12, 1, 2, 3, 4, 5],
    'Hàng tháng': [9, 10, 11, 12, 1, 2, 3, 4, 5],
    'Hàng quý': [9, 12, 3, 6],
    'Mỗi học kỳ': [1, 5],
    '2 lần/năm': [1, 5],
    '3 lần/năm': [9, 1, 5],
    'Đầu năm học': [9],
    'Cuối năm học': [5],
    'Hàng năm': [5],
  };
  return plan[cadence] ?? [];
}

export interface TrackingTaskSpec {
  no: number;
  clauseId: string;
  task: string;
  lead: string;
  support: string;
  cadence: string;
  /** Month → what is in the cell. A planned month must be present (a due cell starts as ○ Cần làm). */
  marks: Map<number, string>;
}

export interface TrackingSpec {
  school: School;
  tasks: TrackingTaskSpec[];
  /** Write the generator's marker and provenance (else a hand-made copy with only the title block). */
  provenance?: boolean;
}

/** How a fixture fills its marks: months whose last day is before `filledThrough` get a mark. */
export interface FillPolicy {
  filledThrough: string;
  /** Out of 10 past occurrences: how many are done, how many marked not done; the rest stay unmarked. */
  done: number;
  notDone: number;
  /** Mix in the spellings schools type instead of the dropdown value. */
  looseSpellings?: boolean;
  /** Mark the first future occurrence of the first task done early. */
  earlyDone?: boolean;
}

/** What the fixtures' own marks and dates say progress must be (computed here, independently). */
export type ExpectedProgress = Progress;

const ym = (schoolYearStart: number, month: number) => ({
  y: month >= 9 ? schoolYearStart : schoolYearStart + 1,
  m: month,
});
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const firstDay = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);

/** Tasks from a school's responsibilities, with marks per the fill policy. */
export function trackingTasks(s: School, content: WorkbookContent, fill: FillPolicy): TrackingTaskSpec[] {
  let k = s.index;
  const loose = { done: ['x', 'đã làm', '✓'], notDone: ['chưa làm', '✗'] };
  let early = !!fill.earlyDone;
  return (content.blocks.responsibilities ?? []).map((r) => {
    const marks = new Map<number, string>();
    for (const month of plannedMonths(String(r.cadence ?? ''), String(r.months ?? ''))) {
      const { y, m } = ym(s.schoolYearStart, month);
      let mark: string = MARKS.due;
      if (lastDay(y, m) < fill.filledThrough) {
        const slot = k++ % 10;
        if (slot < fill.done)
          mark = fill.looseSpellings && slot % 3 === 0 ? loose.done[slot % loose.done.length] : MARKS.done;
        else if (slot < fill.done + fill.notDone) mark = fill.looseSpellings ? loose.notDone[slot % 2] : MARKS.notDone;
      } else if (early) {
        mark = MARKS.done;
        early = false;
      }
      marks.set(month, mark);
    }
    return {
      no: Number(r.no),
      clauseId: String(r.clauseId ?? ''),
      task: String(r.task ?? ''),
      lead: String(r.lead ?? ''),
      support: String(r.support ?? ''),
      cadence: String(r.cadence ?? ''),
      marks,
    };
  });
}

/** What batch should find, computed from the fixture's own cells and dates. */
export function expectedProgress(
  spec: TrackingSpec,
  asOf: string,
  filter: (t: TrackingTaskSpec) => boolean = () => true,
): ExpectedProgress {
  const e: ExpectedProgress = { planned: 0, due: 0, done: 0, missed: 0, overdue: 0, pending: 0 };
  const isDone = (v: string) => [MARKS.done, 'x', 'đã làm', '✓'].includes(v);
  const isNotDone = (v: string) => [MARKS.notDone, 'chưa làm', '✗'].includes(v);
  for (const task of spec.tasks.filter(filter)) {
    for (const [month, value] of task.marks) {
      const { y, m } = ym(spec.school.schoolYearStart, month);
      e.planned++;
      const started = firstDay(y, m) <= asOf;
      const ended = lastDay(y, m) < asOf;
      if (isDone(value)) {
        e.due++;
        e.done++;
      } else if (isNotDone(value) && started) {
        e.due++;
        e.missed++;
      } else if (!isNotDone(value) && ended) {
        e.due++;
        e.overdue++;
      } else if (started) e.pending++;
    }
  }
  return e;
}

/** A filled tracking workbook laid out per DESIGN.md §4: title block, Theo dõi table, signature block. */
export async function trackingBytes(spec: TrackingSpec): Promise<Uint8Array> {
  const s = spec.school;
  const sy = `${s.schoolYearStart}-${s.schoolYearStart + 1}`;
  const wb = new ExcelJS.Workbook();
  if (spec.provenance !== false) {
    wb.keywords = TRACKING_MARKER;
    wb.description = JSON.stringify({
      sourceNumber: s.number,
      schoolYear: sy,
      sourceHash: '0'.repeat(64),
      generator: 'test fixture',
      school: `TRƯỜNG MẦM NON ${s.name}`,
      managingAuthority: `UBND XÃ ${s.commune}`,
    });
  }
  const ws = wb.addWorksheet(TRACKING_SHEETS.tracking);
  const months = SCHOOL_YEAR_MONTHS.map(monthLabel);
  const headers = [
    TRACKING_HEADERS.no,
    TRACKING_HEADERS.clauseId,
    TRACKING_HEADERS.task,
    TRACKING_HEADERS.lead,
    TRACKING_HEADERS.support,
    TRACKING_HEADERS.cadence,
    ...months,
    TRACKING_HEADERS.rate,
    TRACKING_HEADERS.evidence,
    TRACKING_HEADERS.note,
  ];
  ws.getCell('A1').value = `UBND XÃ ${s.commune}`;
  ws.getCell('A2').value = `TRƯỜNG MẦM NON ${s.name}`;
  ws.getCell('H1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('H2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.getCell('A4').value = `SỔ THEO DÕI THỰC HIỆN QUY CHẾ PHỐI HỢP NĂM HỌC ${sy}`;
  ws.getCell('A5').value = `(Theo Quy chế phối hợp số ${s.number})`;
  const headerRow = 7;
  ws.getRow(headerRow).values = headers;
  const firstMonthCol = 7;
  spec.tasks.forEach((task, i) => {
    const r = headerRow + 1 + i;
    const row = ws.getRow(r);
    row.values = [task.no, task.clauseId, task.task, task.lead, task.support, task.cadence];
    SCHOOL_YEAR_MONTHS.forEach((month, j) => {
      const v = task.marks.get(month);
      if (v !== undefined) row.getCell(firstMonthCol + j).value = v;
    });
    const from = ws.getCell(r, firstMonthCol).address;
    const to = ws.getCell(r, firstMonthCol + 11).address;
    row.getCell(firstMonthCol + 12).value = {
      formula: `IFERROR(COUNTIF(${from}:${to},"${MARKS.done}")/COUNTA(${from}:${to}),"")`,
      result: '',
    } as ExcelJS.CellFormulaValue;
  });
  const sign = headerRow + spec.tasks.length + 3;
  ws.getCell(sign, 3).value = 'NGƯỜI LẬP';
  ws.getCell(sign, 11).value = 'HIỆU TRƯỞNG';
  ws.getCell(sign + 4, 11).value = 'Trần Thị Lan';
  wb.addWorksheet(TRACKING_SHEETS.summary).getCell('A1').value = 'Tổng hợp theo bên';
  wb.addWorksheet(TRACKING_SHEETS.calendar).getCell('A1').value = 'Lịch';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

// ---- foreign and broken files ----

export async function foreignBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách lớp');
  ws.addRow(['Họ và tên', 'Ngày sinh', 'Lớp']);
  ws.addRow(['Nguyễn Văn An', '01/02/2021', 'Mầm']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An OLE compound file header, as a password-protected .xlsx has. */
export function oleBytes(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // A password-protected package's directory names its EncryptionInfo stream (UTF-16).
  const name = 'EncryptionInfo';
  for (let i = 0; i < name.length; i++) b[1024 + 2 * i] = name.charCodeAt(i);
  return b;
}

export async function truncatedBytes(s: School): Promise<Uint8Array> {
  const full = await regulationBytes(s);
  return full.slice(0, Math.floor(full.length / 2));
}

// ---- whole folders ----

export interface SchoolFolderOptions {
  schools: number;
  schoolYearStart?: number;
  /** Variant of school i (default: every fifth invalid, every fifth warning, the rest valid). */
  variant?: (i: number) => Variant;
  /** Also write a filled tracking workbook per school, with this fill policy (or one per school). */
  tracking?: FillPolicy | ((i: number) => FillPolicy);
}

export interface SchoolFolder {
  files: Array<{
    rel: string;
    kind: 'regulation' | 'tracking';
    school: School;
    variant?: Variant;
    tracking?: TrackingSpec;
  }>;
}

/** N schools in sub-folders by commune: `<commune>/<code>-quy-che.xlsx` (and `-theo-doi.xlsx`). */
export async function writeSchoolFolder(dir: string, options: SchoolFolderOptions): Promise<SchoolFolder> {
  const variant = options.variant ?? ((i: number) => (i % 5 === 3 ? 'invalid' : i % 5 === 4 ? 'warning' : 'valid'));
  const out: SchoolFolder = { files: [] };
  // The regulation workbooks of one variant differ only in names: build the template once per school anyway
  // (it is what a real folder holds), in parallel batches to keep generation quick.
  const jobs: Array<Promise<void>> = [];
  for (let i = 0; i < options.schools; i++) {
    const s = school(i, options.schoolYearStart ?? 2025);
    const folder = `xa-${s.commune
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/\s+/g, '-')}`;
    mkdirSync(path.join(dir, folder), { recursive: true });
    const v = variant(i);
    const rel = `${folder}/${s.code.toLowerCase()}-quy-che.xlsx`;
    out.files.push({ rel, kind: 'regulation', school: s, variant: v });
    jobs.push(regulationBytes(s, v).then((b) => writeFileSync(path.join(dir, rel), b)));
    if (options.tracking) {
      // Tracking workbooks are generated from valid regulations.
      const fill = typeof options.tracking === 'function' ? options.tracking(i) : options.tracking;
      const spec: TrackingSpec = { school: s, tasks: trackingTasks(s, schoolContent(s, 'valid'), fill) };
      const trel = `${folder}/${s.code.toLowerCase()}-theo-doi.xlsx`;
      out.files.push({ rel: trel, kind: 'tracking', school: s, tracking: spec });
      jobs.push(trackingBytes(spec).then((b) => writeFileSync(path.join(dir, trel), b)));
    }
    if (jobs.length >= 16) await Promise.all(jobs.splice(0));
  }
  await Promise.all(jobs);
  return out;
}
