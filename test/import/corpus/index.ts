// The whole import corpus: every document written for these tests, by part.
import { CONVENTION_AND_DAMAGED_DOCS } from './damaged';
import { FOUND_DOCS } from './found';
import type { CorpusDoc } from './types';
import { WEB_DOCS } from './web';

export const CORPUS: CorpusDoc[] = [...WEB_DOCS, ...CONVENTION_AND_DAMAGED_DOCS, ...FOUND_DOCS];
