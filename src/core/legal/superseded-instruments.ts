// Instruments a coordination regulation still cites after they were replaced, each with what
// replaced it and the date the replacement took effect. Matched by number; a citation counts as outdated
// only in a document dated on or after the replacement took effect. Where only the year of
// a replacement is certain, the date is taken at the following school year's start, so an
// uncertain date never flags a document that was right when it was written.
import { foldKey, stripMarks } from '../text';
import type { IsoDate } from '../values';

export interface SupersededInstrument {
  /** Numbers as cited (`12/2012/QH13`); compared without case, spaces or marks. */
  numbers: string[];
  /** What a school should cite instead. */
  replacedBy: string;
  since: IsoDate;
}

export const SUPERSEDED_INSTRUMENTS: SupersededInstrument[] = [
  {
    numbers: ['110/2004/NĐ-CP', '09/2010/NĐ-CP'],
    replacedBy: 'Nghị định 30/2020/NĐ-CP về công tác văn thư',
    since: '2020-03-05',
  },
  {
    numbers: ['01/2011/TT-BNV', '55/2005/TTLT-BNV-VPCP'],
    replacedBy: 'Nghị định 30/2020/NĐ-CP (Phụ lục I–III) về thể thức văn bản',
    since: '2020-06-15',
  },
  {
    numbers: ['04/2000/QĐ-BGDĐT'],
    replacedBy: 'Thông tư 11/2020/TT-BGDĐT về thực hiện dân chủ trong cơ sở giáo dục công lập',
    since: '2020-07-01',
  },
  {
    numbers: ['71/1998/NĐ-CP', '04/2015/NĐ-CP'],
    replacedBy: 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 và Nghị định 59/2023/NĐ-CP',
    since: '2023-07-01',
  },
  { numbers: ['12/2012/QH13'], replacedBy: 'Luật Công đoàn 50/2024/QH15', since: '2025-07-01' },
  {
    numbers: ['14/2008/QĐ-BGDĐT'],
    replacedBy: 'Thông tư 52/2020/TT-BGDĐT (Điều lệ trường mầm non)',
    since: '2021-09-01',
  },
  {
    numbers: ['11/2008/QĐ-BGDĐT'],
    replacedBy: 'Thông tư 55/2011/TT-BGDĐT (Điều lệ Ban đại diện cha mẹ học sinh)',
    since: '2012-01-07',
  },
  { numbers: ['1013/QĐ-TLĐ', '1014/QĐ-TLĐ'], replacedBy: 'Quyết định 933/QĐ-TLĐ', since: '2024-05-14' },
  { numbers: ['11-HD/VPTW'], replacedBy: 'Hướng dẫn 36-HD/VPTW về thể thức văn bản của Đảng', since: '2018-04-03' },
];

/** `12/2012/QH13`, `12/2012/qh13`, `Số 12 / 2012 / QH13`, `09/2010/ND-CP` for `NĐ-CP` are one number. */
export const instrumentKey = (number: string): string =>
  stripMarks(foldKey(number))
    .replace(/^so\s*:?\s*/, '')
    .replace(/\s+/g, '');

const BY_NUMBER = new Map(SUPERSEDED_INSTRUMENTS.flatMap((i) => i.numbers.map((n) => [instrumentKey(n), i] as const)));

/** The replacement of a cited instrument, when the citing document is dated after it took effect. */
export function replacementOf(number: string, documentDate: IsoDate | null): SupersededInstrument | null {
  if (!number || !documentDate) return null;
  const found = BY_NUMBER.get(instrumentKey(number));
  return found && documentDate >= found.since ? found : null;
}
