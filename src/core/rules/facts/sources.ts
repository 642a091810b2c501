// What a collection's facts and its rule functions are read from: each item of the model, with
// what the collection prepared for it once (the declared parties, the item's party, the chain of
// versions …). Shared by the facts (facts/*.ts) and the functions (functions/*.ts).
import type { DueContext, DueState } from '../../deadline';
import type { DocumentFieldKey } from '../../layout';
import type { Party, RegulationModel, Responsibility, Signatory, Version } from '../../model';
import type { IsoDate } from '../../values';

export interface Known {
  parties: Map<string, Party>;
  clauses: Set<string>;
}

export interface ResponsibilitySource {
  r: Responsibility;
  known: Known;
}

export interface SignatorySource {
  s: Signatory;
  party: Party | undefined;
  collective: boolean;
  /** The capacity as the Decree writes it (TM., KT. …), or as written when it is none of them. */
  capacity: string;
  issueDate: string | null;
  documentIssueDate: string;
}

/** Where this document stands among its versions (Phiên bản). */
export interface VersionChain {
  supersedes: string;
  supersedesIsNone: boolean;
  /** Versions older than this document. */
  earlier: Version[];
  /** Versions "Thay thế" names (this one aside). */
  named: Version[];
  /** Does `text` name this document, by number or by school year? */
  namesThis(text: string): boolean;
}

export interface DocumentSource {
  model: RegulationModel;
  ctx: DueContext | undefined;
  /** A heading field as written (empty when missing). */
  f(key: DocumentFieldKey): string;
  /** The number without "Số:" and with its slashes tight. */
  numberBare: string;
  chain: VersionChain;
  /** The review's due date, and (given a date to judge from) its state and the days left. */
  review: { due: IsoDate | null; state: DueState | null; daysLeft: number | null };
}
