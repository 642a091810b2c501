// The Phân công appendix after the signatures ("Phụ lục", its name, "(Kèm theo …)", then a table
// of tasks), as our export writes it and as schools attach one: its rows are the document's
// assignments. A table with the Chu kỳ and Mã điều khoản columns (our own) is read cell for cell;
// another gives its rows the way a plan's table does (time words, first body named leads). The
// lines are read here and then blanked, so no other reading takes a task for a fact of the document.
import { draftResponsibilities } from './responsibilities';
import { ParseState } from './state';
import type { VLine } from './tail';
import { cellLines, readHeader, readRow, rowCells, TABLE_ROW, type Column, type TableRow } from './task-table';
import type { ExtractedParty, ExtractedResponsibility } from './types';
import { findMentions, fold } from './vocab';

// A scan's OCR may glue a speck or the page number to it ("2Phụ lục", ".Phụ lục").
const LABEL = /^[^a-z\s]{0,2}phu luc(?![a-z])/;
/** How far under "Phụ lục" the table's header may start (its name and "Kèm theo" line between). */
const HEADER_WITHIN = 6;

export interface Appendix {
  header: Column[];
  rows: Array<{ row: TableRow; line: number }>;
}

const headerOf = (v: VLine | undefined) => (v && TABLE_ROW.test(v.text) ? readHeader(rowCells(v.text)) : null);

/** Where the appendix starts (its "Phụ lục" line), or `to` when the document has none. */
export function findAppendix(st: ParseState, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!LABEL.test(st.folded(i))) continue;
    let seen = 0;
    for (let k = i + 1; k < to && seen < HEADER_WITHIN; k++) {
      if (!st.lines[k].text) continue;
      if (headerOf(st.lines[k])) return i;
      seen++;
    }
  }
  return to;
}

/**
 * A "Phụ lục" line with table rows under it whose header names no known column (a scan's OCR may
 * misread a bold header: "SIT", "Phốihợp"), or `to`: the tail still ends there, and the table's
 * lines are left to the clerk (Dòng chưa xếp) rather than read as signatures or recipients.
 */
export function findUnreadAppendix(st: ParseState, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!LABEL.test(st.folded(i))) continue;
    for (let k = i + 1, seen = 0; k < to && seen < HEADER_WITHIN; k++) {
      if (!st.lines[k].text) continue;
      if (TABLE_ROW.test(st.lines[k].text)) return i;
      seen++;
    }
  }
  return to;
}

/** The appendix's rows; its lines get their roles and are blanked. */
export function readAppendix(st: ParseState, from: number, to: number): Appendix {
  const out: Appendix = { header: [], rows: [] };
  let header: Column[] | null = null;
  let end = to;
  for (let i = from; i < to; i++) {
    const v = st.lines[i];
    if (!v.text) continue;
    if (!header) {
      header = headerOf(v);
      if (header) out.header = header;
      st.role(i, 'heading');
      continue;
    }
    // The table ends at the first line that is not one of its rows.
    if (!TABLE_ROW.test(v.text)) {
      end = i;
      break;
    }
    const row = readRow(header, rowCells(v.text));
    if (row) out.rows.push({ row, line: v.no });
    st.role(i, row ? 'clause' : 'decoration');
  }
  for (let i = from; i < end; i++) st.lines[i].text = '';
  return out;
}

/** A party as the table prints it, by name, by code or by a form the document uses, to its code. */
function partyCodes(parties: ExtractedParty[]) {
  const byKey = new Map<string, string>();
  for (const p of parties) for (const k of [p.code, p.name, ...p.forms]) if (k) byKey.set(fold(k).trim(), p.code);
  const one = (text: string): string | null => {
    const key = fold(text).trim();
    if (!key) return null;
    return byKey.get(key) ?? findMentions(text).find((m) => m.start === 0 && m.end === text.length)?.code ?? null;
  };
  /** A cell naming several parties: one a line, or parted by commas (a name may hold a comma). */
  const many = (cell: string): string[] => {
    const codes: string[] = [];
    for (const line of cellLines(cell)) {
      const whole = one(line);
      if (whole) {
        codes.push(whole);
        continue;
      }
      const pieces = line.split(/\s*[,;]\s*/).filter(Boolean);
      for (let k = 0; k < pieces.length;) {
        // The longest run of pieces that names a party; a piece naming none is kept as written.
        let n = pieces.length - k;
        for (; n > 1 && !one(pieces.slice(k, k + n).join(', ')); n--);
        codes.push(one(pieces.slice(k, k + n).join(', ')) ?? pieces[k]);
        k += n;
      }
    }
    return [...new Set(codes)];
  };
  return {
    one: (cell: string) => (cellLines(cell).length ? (one(cellLines(cell).join(' ')) ?? cell.trim()) : ''),
    many,
  };
}

/** The appendix's rows as the document's assignments. */
export function appendixAssignments(appendix: Appendix, parties: ExtractedParty[]): ExtractedResponsibility[] {
  const codes = partyCodes(parties);
  const own = appendix.header.includes('cadence') || appendix.header.includes('clause');
  if (!own)
    return draftResponsibilities(
      appendix.rows.map(({ row, line }) => ({
        id: row.clause,
        text: row.content,
        line,
        leaf: true,
        ancestors: [],
        row: { ...row, group: '', groupLine: 0 },
      })),
      new Set(parties.map((p) => p.code)),
    );
  return appendix.rows.map(({ row, line }) => ({
    clauseId: row.clause,
    task: row.content,
    lead: codes.one(row.lead),
    support: codes.many(row.support),
    cadence: row.cadence,
    cadenceText: row.cadence,
    cadenceLine: line,
    months: row.time,
    monthsText: row.time,
    fromHeading: false,
    otherBodies: [],
    line,
    confidence: 'read',
    read: true,
  }));
}
