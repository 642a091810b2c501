// How a document stands in the chain of its versions: which earlier ones Phiên bản lists, and
// which of them "Thay thế" names, by number or by title and school year as real documents do.
import type { RegulationModel } from '../../model';
import { clean, foldKey } from '../../text';
import { parseSchoolYear } from '../../values';
import type { VersionChain } from './sources';

export function numberBare(raw: string): string {
  return clean(raw)
    .replace(/^s[ốo]\s*:?\s*/iu, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

export const yearKey = (s: string) => foldKey(s).replace(/\s+/g, '');

/** Does `text` name a version, by number or by school year? */
export function namesVersion(text: string, number: string, schoolYear: string): boolean {
  const t = yearKey(text);
  if (!t) return false;
  const n = yearKey(numberBare(number));
  if (n && t.includes(n)) return true;
  const sy = parseSchoolYear(schoolYear);
  return !!sy && t.includes(`${sy.start}-${sy.end}`);
}

const SAYS_NONE = new Set(['khong', 'không', 'khong co', 'không có', 'none', '-', 'lan dau', 'lần đầu']);

export function versionChain(
  model: RegulationModel,
  number: string,
  supersedes: string,
  schoolYearRaw: string,
): VersionChain {
  const d = model.document;
  const sy = d.schoolYear;
  const versions = model.versions;
  const supersedesIsNone = SAYS_NONE.has(foldKey(supersedes));
  // This document in Phiên bản: same number, else same school year.
  const self =
    versions.find((v) => number && yearKey(numberBare(v.number)) === yearKey(numberBare(number))) ??
    versions.find((v) => sy && v.schoolYear && v.schoolYear.start === sy.start && v.schoolYear.end === sy.end);
  const earlier = versions.filter((v) => {
    if (v === self) return false;
    if (sy && v.schoolYear) return v.schoolYear.start < sy.start;
    if (d.issueDate && v.issuedOn) return v.issuedOn < d.issueDate;
    return !!v.number || !!v.schoolYearRaw;
  });
  const named =
    supersedes && !supersedesIsNone
      ? versions.filter((v) => v !== self && namesVersion(supersedes, v.number, v.schoolYearRaw))
      : [];
  return {
    supersedes,
    supersedesIsNone,
    earlier,
    named,
    namesThis: (text) =>
      namesVersion(text, number, schoolYearRaw) || (!!number && yearKey(text).includes(yearKey(numberBare(number)))),
  };
}
