// What an import reads from a document: every value with the line it came from.
import type { DocumentFieldKey } from '../layout';
import type { IsoDate } from '../values';
import type { LegacyConversion } from '../vietnamese/legacy';

/** A line a web page adds around the text (its date, counter, menu …), dropped on import. */
export type ChromeReason = 'webDate' | 'webCounter' | 'webNav' | 'webMeta' | 'webTitle' | 'webFooter';

/** A repair of one line: legacy words converted, UTF-8 that had been read as Windows-1252, or a lost horn put back. */
export interface LineConversion extends Omit<LegacyConversion, 'encoding'> {
  encoding: LegacyConversion['encoding'] | 'mojibake' | 'horn' | 'glyphs';
  line: number;
}

/**
 * Why a value was inferred rather than read plainly, so the clerk is asked to check it:
 * the school named only in the body, the school year counted over the text, the issuing
 * decision's date standing for the document's, a party named only in
 * clauses, roles or a cadence taken from the heading of the part, several cadences in one
 * clause, a signature that does not say which body signs, a line repaired from a legacy encoding.
 */
export type Inference =
  | 'schoolInBody'
  | 'schoolYearInBody'
  | 'decisionDate'
  | 'partyInClauses'
  | 'rolesFromHeading'
  | 'cadenceFromHeading'
  | 'cadenceCompound'
  | 'signatoryParty'
  | 'issuerFromNumber'
  | 'issuerNotBody'
  | 'repairedTcvn3'
  | 'repairedVni'
  | 'repairedMojibake'
  | 'repairedHorn'
  | 'repairedGlyphs';

/** `ocr`: read from a scan through OCR (ocr-marks.ts), always to be checked against the page. */
export type Confidence = 'read' | 'inferred' | 'ocr';

/** How sure the import is of a value: `checks` says what to confirm when it is inferred. */
export interface Confident {
  confidence?: Confidence;
  checks?: Inference[];
}

export interface FieldValue extends Confident {
  /** What goes into the workbook. */
  value: string;
  /** 1-based source line. */
  line: number;
  /** The source line as read (cleaned). */
  source: string;
}

export type PartySource = 'signature' | 'title' | 'enacting' | 'heading' | 'listed';

export interface ExtractedParty extends Confident {
  code: string;
  name: string;
  kind: string;
  standard: boolean;
  /** How the document writes it. */
  forms: string[];
  /** Where it was read (first line first). */
  lines: number[];
  sources: PartySource[];
  /** Signs the document (Vai trò Ký ban hành), or only takes part in its work (Phối hợp thực hiện). */
  signs: boolean;
}

export interface ExtractedSignatory extends Confident {
  /** Party code, or '' when the block does not say which body signs. */
  party: string;
  title: string;
  name: string;
  /** TM., KT., Q., TL., TUQ. or ''. */
  capacity: string;
  /** The capacity line(s) as written ("T/M BCH CHI ĐOÀN", "ĐẠI DIỆN UBND XÃ"). */
  capacityText: string;
  /** The block's other lines as written: a body named alone over its title ("TRẠM Y TẾ XÃ"), an
   *  approver's words ("DUYỆT CỦA HIỆU TRƯỞNG"). */
  blockText?: string;
  line: number;
  lines: number[];
  /** The issuing decision's signature, when the same person also signs the regulation for the same
   *  party: the document carries both, the Người ký sheet one (export writes the decision's again). */
  alsoSignsRegulation?: boolean;
}

export interface ExtractedBasis extends Confident {
  type: string;
  number: string;
  date: IsoDate | null;
  dateText: string;
  issuer: string;
  /** The words after "của" when they name no body (the issuer is then the number's, or empty). */
  issuerRead?: string;
  summary: string;
  line: number;
  text: string;
}

export type ClauseKind = 'article' | 'number' | 'dotted' | 'letter' | 'bullet' | 'paragraph';

export interface ExtractedClause {
  id: string;
  /** The id of an earlier clause whose number this one repeats in the source. */
  repeats?: string;
  kind: ClauseKind;
  /** The label as written: "Điều 4", "2.", "1.1", "a)", "-". */
  label: string;
  chapter: string;
  article: string;
  paragraph: string;
  text: string;
  line: number;
  parentId: string | null;
  children: number;
}

export interface ExtractedResponsibility extends Confident {
  clauseId: string;
  task: string;
  lead: string;
  support: string[];
  /** One of CADENCES, or the compound text as written, or ''. */
  cadence: string;
  cadenceText: string;
  /** The line the cadence was read from: the clause's own, or its article's or section's (0: none). */
  cadenceLine: number;
  months: string;
  /** The words that pin the months ("trước ngày 20/11"). */
  monthsText: string;
  /** Lead or support came from the heading of the clause's part, not its own words. */
  fromHeading: boolean;
  /** Bodies the clause names that are not parties of the document (left out of Phối hợp). */
  otherBodies: string[];
  line: number;
  /** Read as written from a table of assignments (the Phân công appendix), not drafted from a clause. */
  read?: boolean;
}

export interface ExtractedRecipient extends Confident {
  recipient: string;
  purpose: string;
  /** The line without its bullet and final punctuation. */
  text: string;
  line: number;
}

export interface ExtractedVersion {
  number: string;
  schoolYear: string;
  issuedOn: IsoDate | null;
  status: string;
  supersededBy: string;
  line: number;
}

/** That a party made the regulation known, when a line of the document says so with a date. */
export interface ExtractedDissemination {
  party: string;
  date: IsoDate;
  method: string;
  audience: string;
  line: number;
  text: string;
}

export interface ExtractedCadence {
  text: string;
  cadence: string | null;
  line: number;
}

export type UnplacedReason =
  | 'unrecognized'
  | 'preamble'
  | 'closing'
  | 'context'
  | 'decision'
  | 'implementing'
  /** Read as part of a block, but nothing in the workbook holds it. */
  | 'notRead'
  | ChromeReason;

export interface UnplacedLine {
  line: number;
  text: string;
  reason: UnplacedReason;
}

/**
 * Where a source line went: a block of the workbook (`ref` its field key or 1-based row; a part's
 * heading goes to the Chương/Mục column of the clause row `ref`), *Dòng chưa xếp* (`ref` the
 * reason), or nowhere on purpose: a blank line, or `layout` (`ref` what it is: the Quốc hiệu,
 * a rule, a table's header, a list's "Căn cứ:" or "Nơi nhận:" heading, "(Đã ký)", the issuing
 * decision's own heading, kind and title when the regulation has its own).
 */
export type LineDestination =
  'document' | 'legalBases' | 'parties' | 'signatories' | 'clauses' | 'recipients' | 'unplaced' | 'layout' | 'blank';

export interface LinePlace {
  /** 1-based source line. */
  line: number;
  /** The piece of the line placed (a line laid out in columns has one per column). */
  text: string;
  to: LineDestination;
  ref: string;
}

export interface Extraction {
  fields: Partial<Record<DocumentFieldKey, FieldValue>>;
  facts: {
    kind: 'quy_che' | 'ke_hoach' | 'ke_hoach_lien_tich' | null;
    issueDate: IsoDate | null;
    schoolYear: string | null;
    /** A calendar year named instead of a school year ("NĂM 2021"). */
    calendarYear: number | null;
    decisionNumber: string | null;
    decisionDate: IsoDate | null;
    school: string | null;
    supersedes: string | null;
  };
  parties: ExtractedParty[];
  signatories: ExtractedSignatory[];
  legalBases: ExtractedBasis[];
  clauses: ExtractedClause[];
  responsibilities: ExtractedResponsibility[];
  recipients: ExtractedRecipient[];
  versions: ExtractedVersion[];
  disseminations: ExtractedDissemination[];
  cadences: ExtractedCadence[];
  conversions: LineConversion[];
  unplaced: UnplacedLine[];
  /** Every source line (each of its columns) and where it went, in order: nothing is dropped unsaid. */
  lines: LinePlace[];
  lineCount: number;
}
