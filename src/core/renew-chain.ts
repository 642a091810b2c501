// The Phiên bản rows of the renewed workbook, as the rules want the version chain: the document
// renewed marked superseded by the new one (added when Phiên bản did not list it), every older
// version as it was, and the new document last, in force.
import { VERSION_STATUSES } from './layout';
import type { RegulationModel } from './model';
import { dateCell, type ContentRow } from './template/content';
import { parseSchoolYear, type IsoDate, type SchoolYear } from './values';

const [IN_FORCE, SUPERSEDED] = VERSION_STATUSES;

export interface Renewal {
  from: SchoolYear;
  to: SchoolYear;
  /** The renewed document's number ('' when it has none). */
  oldNumber: string;
  /** The new document's number and issue date, when known. */
  newNumber: string;
  issueDate: IsoDate | null;
  /** What the old version's Thay thế bởi names: the new number, or the kind and the new school year. */
  newName: string;
}

export function renewedVersions(model: RegulationModel, r: Renewal): ContentRow[] {
  const d = model.document;
  // The renewed document in Phiên bản: by its number, or by its school year when it has none.
  const isThis = (number: string, schoolYear: string) =>
    r.oldNumber ? number === r.oldNumber : parseSchoolYear(schoolYear)?.text === r.from.text;
  const versions: ContentRow[] = [];
  let found = false;
  for (const v of model.versions) {
    const self = isThis(v.number, v.schoolYearRaw);
    found ||= self;
    versions.push({
      number: v.number,
      schoolYear: v.schoolYearRaw,
      issuedOn: dateCell(v.issuedOn, v.issuedOnRaw),
      status: self ? SUPERSEDED : v.status,
      supersededBy: self ? r.newName : v.supersededBy,
    });
  }
  if (!found)
    versions.push({
      number: r.oldNumber,
      schoolYear: r.from.text,
      issuedOn: dateCell(d.issueDate, d.fields.issueDate?.raw ?? ''),
      status: SUPERSEDED,
      supersededBy: r.newName,
    });
  versions.push({
    number: r.newNumber || null,
    schoolYear: r.to.text,
    issuedOn: dateCell(r.issueDate),
    status: IN_FORCE,
    supersededBy: null,
  });
  return versions;
}
