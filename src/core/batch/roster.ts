// The office's roster of schools against the folder: which schools sent nothing (Chưa nộp),
// which files come from a school not on the roster (Không có trong danh sách), and per school
// which regulation versions and which tracking copy arrived. A file is matched by its Đơn vị ban
// hành, tolerant of case, accents, "Trường", MN/Mầm non (and the other level abbreviations) and
// spacing; when two roster schools share that name, the commune decides if the file names it,
// else the match is shown as ambiguous, never guessed.
import { address, type SheetGrid } from '../grid';
import { t, UserError, type Lang } from '../i18n';
import { cellText } from '../read-workbook';
import { clean, codeKey, foldKey, stripMarks } from '../text';
import type { Column } from './columns';
import type { BatchReport, ReportRow } from './report';
import { signedPartiesText } from './signed-copy';
import type { SignedCopyFacts } from './types';

export interface RosterSchool {
  code: string;
  name: string;
  commune: string;
  row: number;
}

export type RosterStatus = 'submitted' | 'missing' | 'ambiguous';

export interface RosterEntry extends RosterSchool {
  status: RosterStatus;
  /** Regulation files matched to the school: path, number, school year (oldest year first). */
  versions: Array<{ path: string; number: string; schoolYear: string }>;
  /** The tracking workbook that counts for the school (not a duplicate copy), if any. */
  tracking: string;
  /** Files that may be this school's but also match another school of the same name. */
  candidates: string[];
  /** Signed PDFs of the school (Bản ký số), with their Ký số. */
  signedCopies?: Array<{ path: string; facts: SignedCopyFacts }>;
}

export type RosterMatch = { kind: 'matched'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'none' };

export interface RosterReport {
  file: string;
  schools: RosterEntry[];
  /** Per report row (by path), how it matched; rows without a school (unreadable, other) are absent. */
  matches: Map<string, RosterMatch>;
  notOnRoster: ReportRow[];
  totals: { schools: number; submitted: number; missing: number; ambiguous: number; unknown: number };
}

// Level abbreviations as schools write them, spelled out before comparing.
const LEVELS: Array<[RegExp, string]> = [
  [/\bmn\b/g, 'mam non'],
  [/\bmg\b/g, 'mau giao'],
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bth\b/g, 'tieu hoc'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bptdtbt\b/g, 'pho thong dan toc ban tru'],
];

/** How a school's name is compared: no accents, case, punctuation, "Trường" or spacing; levels spelled out. */
export function schoolKey(name: string): string {
  let s = stripMarks(clean(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [re, full] of LEVELS) s = s.replace(re, full);
  return s.replace(/\btruong\b/g, ' ').replace(/\s+/g, '');
}

const HEADERS = {
  code: ['ma', 'ma truong', 'ma don vi', 'ma so', 'code'],
  name: ['ten truong', 'ten', 'truong', 'ten don vi', 'don vi', 'name', 'school'],
  commune: ['xa', 'xa phuong', 'xa/phuong', 'xa, phuong', 'phuong', 'xa/phuong/thi tran', 'dia ban', 'commune'],
};
const headerKey = (v: unknown) => stripMarks(clean(v)).toLowerCase().replace(/\s+/g, ' ').trim();

/** The roster's schools from its first sheet with a code and a name column (an .xlsx sheet or a CSV as a grid). */
export function readRoster(grids: SheetGrid[], file: string): RosterSchool[] {
  for (const grid of grids) {
    const top = grid.origin?.row ?? 1;
    const left = grid.origin?.col ?? 1;
    for (let r = 0; r < Math.min(grid.rows.length, 20); r++) {
      const cells = (grid.rows[r] ?? []).map(headerKey);
      const find = (names: string[]) => cells.findIndex((c) => names.includes(c));
      const code = find(HEADERS.code);
      const name = find(HEADERS.name);
      if (code < 0 || name < 0) continue;
      const commune = find(HEADERS.commune);
      const schools: RosterSchool[] = [];
      const seen = new Map<string, number>();
      for (let i = r + 1; i < grid.rows.length; i++) {
        const row = grid.rows[i] ?? [];
        const c = codeKey(cellText(row[code] ?? undefined));
        const n = clean(cellText(row[name] ?? undefined));
        if (!c && !n) continue;
        const sheetRow = top + i;
        if (!n) throw new UserError('roster.missingName', { file, cell: address(sheetRow, left + name), code: c });
        const key = c || n;
        const other = seen.get(foldKey(key));
        if (c && other !== undefined)
          throw new UserError('roster.duplicateCode', {
            file,
            cell: address(sheetRow, left + code),
            code: c,
            row: other,
          });
        seen.set(foldKey(key), sheetRow);
        schools.push({
          code: c || n,
          name: n,
          commune: commune >= 0 ? clean(cellText(row[commune] ?? undefined)) : '',
          row: sheetRow,
        });
      }
      if (schools.length === 0) throw new UserError('roster.empty', { file, sheet: grid.name });
      return schools;
    }
  }
  throw new UserError('roster.noHeader', { file });
}

/** Does the file's text name the commune (UBND xã Hòa Bình, or in the school's own name)? */
function namesCommune(row: ReportRow, commune: string): boolean {
  const c = schoolKey(commune);
  return !!c && schoolKey(`${row.managingAuthority} ${row.school}`).includes(c);
}

export function matchRoster(report: BatchReport, roster: RosterSchool[], file: string): RosterReport {
  const byKey = new Map<string, RosterSchool[]>();
  for (const s of roster) {
    const k = schoolKey(s.name);
    const list = byKey.get(k) ?? [];
    list.push(s);
    byKey.set(k, list);
  }
  const entries = new Map<string, RosterEntry>(
    roster.map((s) => [s.code, { ...s, status: 'missing', versions: [], tracking: '', candidates: [] }]),
  );
  const matches = new Map<string, RosterMatch>();
  const notOnRoster: ReportRow[] = [];
  for (const row of report.rows) {
    if (!row.school || (row.kind !== 'regulation' && row.kind !== 'tracking' && !row.signature)) continue;
    let found = byKey.get(schoolKey(row.school)) ?? [];
    if (found.length > 1) {
      const narrowed = found.filter((s) => namesCommune(row, s.commune));
      if (narrowed.length === 1) found = narrowed;
    }
    if (found.length === 0) {
      matches.set(row.path, { kind: 'none' });
      notOnRoster.push(row);
    } else if (found.length > 1) {
      matches.set(row.path, { kind: 'ambiguous', codes: found.map((s) => s.code) });
      for (const s of found) entries.get(s.code)!.candidates.push(row.path);
    } else {
      const entry = entries.get(found[0].code)!;
      matches.set(row.path, { kind: 'matched', code: entry.code });
      entry.status = 'submitted';
      if (row.signature && row.signature.signatures > 0)
        // A joint row's signed copy is its document, not the workbook.
        (entry.signedCopies ??= []).push({ path: row.document?.path ?? row.path, facts: row.signature });
      if (row.kind === 'regulation')
        entry.versions.push({ path: row.path, number: row.number, schoolYear: row.schoolYear });
      else if (!row.duplicateOf && !entry.tracking) entry.tracking = row.path;
    }
  }
  const schools = [...entries.values()];
  for (const e of schools) {
    if (e.status === 'missing' && e.candidates.length > 0) e.status = 'ambiguous';
    e.versions.sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.path.localeCompare(b.path));
  }
  const count = (s: RosterStatus) => schools.filter((e) => e.status === s).length;
  return {
    file,
    schools,
    matches,
    notOnRoster,
    totals: {
      schools: schools.length,
      submitted: count('submitted'),
      missing: count('missing'),
      ambiguous: count('ambiguous'),
      unknown: notOnRoster.length,
    },
  };
}

/** A country has about 45,000 schools; a roster longer than this is not a roster. */
export const ROSTER_LIMITS = { rows: 50_000, fieldChars: 1_000 };

/**
 * A CSV text (RFC 4180; comma or semicolon, as Excel writes it in a Vietnamese locale) as a grid.
 * Nothing is dropped in silence: a quote left open, a row with more or fewer fields than the header,
 * too many rows or an overlong field each stop the run with the line it is on.
 */
export function csvGrid(text: string, name: string): SheetGrid {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  // Fields are held to their limit as they grow (below), so a finished one is within it.
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    const blank = row.every((f) => f.trim() === '');
    if (!blank) {
      const expected = rows[0]?.length;
      if (expected !== undefined && row.length !== expected)
        throw new UserError('roster.csvFields', { file: name, line: rowLine, found: row.length, expected });
      if (rows.length > ROSTER_LIMITS.rows)
        throw new UserError('roster.tooManyRows', { file: name, limit: ROSTER_LIMITS.rows });
      rows.push(row);
    }
    row = [];
    rowLine = line;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      // An open quote reading on and on is a stray quote, not a field.
      if (field.length > ROSTER_LIMITS.fieldChars)
        throw new UserError('roster.csvQuote', { file: name, line: quoteLine });
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') {
        i++;
        line++;
      } else if (ch === '\r') line++;
      endRow();
    } else {
      field += ch;
      // Stopped as it grows: a 60 MB cell built a letter at a time would take gigabytes.
      if (field.length > ROSTER_LIMITS.fieldChars)
        throw new UserError('roster.fieldTooLong', { file: name, line: rowLine, limit: ROSTER_LIMITS.fieldChars });
    }
  }
  if (quoted) throw new UserError('roster.csvQuote', { file: name, line: quoteLine });
  if (field || row.length > 0) endRow();
  return { name, rows };
}

/** The roster columns a row of Tổng hợp gains, and the rows of schools that sent nothing. */
export function rosterMatchText(match: RosterMatch | undefined, lang: Lang): string {
  if (!match) return '';
  if (match.kind === 'matched') return t(lang, 'batch.roster.match.matched', { code: match.code });
  if (match.kind === 'ambiguous') return t(lang, 'batch.roster.match.ambiguous', { codes: match.codes.join(', ') });
  return t(lang, 'batch.roster.match.none');
}

export function rosterJson(roster: RosterReport) {
  return {
    file: roster.file,
    totals: roster.totals,
    schools: roster.schools.map(({ code, name, commune, status, versions, tracking, candidates }) => ({
      code,
      name,
      commune,
      status,
      versions,
      tracking: tracking || null,
      candidates,
    })),
    notOnRoster: roster.notOnRoster.map((r) => ({ file: r.path, school: r.school })),
  };
}

/** How a report row stands against the roster: matched, ambiguous, not on it, or no school at all (null). */
export function rosterFileStatus(match: RosterMatch | undefined): RosterRowStatus | null {
  if (!match) return null;
  return match.kind === 'matched' ? 'submitted' : match.kind === 'ambiguous' ? 'ambiguous' : 'notOnRoster';
}

/** The two columns Tổng hợp gains with a roster (the .xlsx and the CSV): which school, and its state. */
export function rosterSummaryColumns(roster: RosterReport): Column<ReportRow>[] {
  return [
    {
      id: 'rosterMatch',
      header: 'batch.col.rosterMatch',
      width: 22,
      kind: 'text',
      value: (r, lang) => rosterMatchText(roster.matches.get(r.path), lang),
    },
    {
      id: 'rosterStatus',
      header: 'batch.col.rosterStatus',
      width: 16,
      kind: 'text',
      value: (r, lang) => {
        const status = rosterFileStatus(roster.matches.get(r.path));
        return status ? t(lang, `batch.roster.status.${status}`) : '';
      },
    },
  ];
}

export type RosterRowStatus = RosterStatus | 'notOnRoster';
/** A row of the roster table: a roster school, or (on the .xlsx sheet) a file from a school not on it. */
export type RosterRow = Omit<RosterEntry, 'status'> & { status: RosterRowStatus; no: number };

/** The roster table's columns, shared by the HTML report and the .xlsx sheet. */
export const ROSTER_COLUMNS: Column<RosterRow>[] = [
  { id: 'no', header: 'batch.col.no', width: 6, kind: 'number', value: (r) => r.no },
  { id: 'rosterCode', header: 'batch.col.rosterCode', width: 10, kind: 'text', value: (r) => r.code },
  { id: 'rosterName', header: 'batch.col.rosterName', width: 32, kind: 'text', value: (r) => r.name },
  { id: 'commune', header: 'batch.col.commune', width: 16, kind: 'text', value: (r) => r.commune },
  {
    id: 'rosterStatus',
    header: 'batch.col.rosterStatus',
    width: 16,
    kind: 'text',
    value: (r, lang) => t(lang, `batch.roster.status.${r.status}`),
  },
  {
    id: 'versions',
    header: 'batch.col.versions',
    width: 40,
    kind: 'text',
    value: (r, lang) => {
      const list = r.versions.map((v) => [v.number, v.schoolYear].filter(Boolean).join(' · ') + ` (${v.path})`);
      if (list.length > 1) return t(lang, 'batch.roster.versions', { count: list.length, list: list.join('; ') });
      if (list.length === 1) return list[0];
      return r.candidates.length > 0 ? t(lang, 'batch.roster.candidates', { files: r.candidates.join(', ') }) : '';
    },
  },
  { id: 'trackingCopy', header: 'batch.col.trackingCopy', width: 30, kind: 'text', value: (r) => r.tracking },
  {
    id: 'signedCopy',
    header: 'batch.col.signedCopy',
    width: 30,
    kind: 'text',
    value: (r, lang) => (r.signedCopies ?? []).map((c) => `${c.path} (${signedPartiesText(c.facts, lang)})`).join('; '),
  },
];

export const numberedRoster = (roster: RosterReport): RosterRow[] =>
  roster.schools.map((s, i) => ({ ...s, no: i + 1 }));

/**
 * The roster sheet's rows: every roster school in the roster's order, then each file from a
 * school not on it (code empty, the name as the file writes it), so one filter on Tình trạng
 * gives the office each list.
 */
export function rosterSheetRows(roster: RosterReport): RosterRow[] {
  const rows = numberedRoster(roster);
  for (const r of roster.notOnRoster)
    rows.push({
      code: '',
      name: r.school,
      commune: '',
      row: 0,
      status: 'notOnRoster',
      versions: r.kind === 'regulation' ? [{ path: r.path, number: r.number, schoolYear: r.schoolYear }] : [],
      tracking: r.kind === 'tracking' ? r.path : '',
      candidates: [],
      no: rows.length + 1,
    });
  return rows;
}
