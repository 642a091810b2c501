// The whole import corpus: every document written for these tests, by part.
import { BRACKETED_ROLE_DOCS } from './bracketed-roles';
import { CONVENTION_AND_DAMAGED_DOCS } from './damaged';
import { FOUND_DOCS } from './found';
import { FOURTH_READING_DOCS } from './fourth-reading';
import { PARTY_PART_DOCS } from './party-parts';
import { REAL_B_DOCS } from './real-b';
import { REAL_C_DOCS } from './real-c';
import { REVIEW_SAID_DOCS } from './review-said';
import { TABLE_DOCS } from './tables';
import { THIRD_READING_DOCS } from './third-reading';
import type { CorpusDoc } from './types';
import { WEB_DOCS } from './web';

export const CORPUS: CorpusDoc[] = [
  ...WEB_DOCS,
  ...CONVENTION_AND_DAMAGED_DOCS,
  ...REAL_B_DOCS,
  ...FOUND_DOCS,
  ...TABLE_DOCS,
  ...THIRD_READING_DOCS,
  ...FOURTH_READING_DOCS,
  ...PARTY_PART_DOCS,
  ...REAL_C_DOCS,
  ...REVIEW_SAID_DOCS,
  ...BRACKETED_ROLE_DOCS,
];
