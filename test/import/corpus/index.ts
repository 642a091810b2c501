// The whole import corpus: every document written for these tests, by part.
import { CONVENTION_AND_DAMAGED_DOCS } from './damaged';
import type { CorpusDoc } from './types';
import { WEB_DOCS } from './web';

export const CORPUS: CorpusDoc[] = [...WEB_DOCS, ...CONVENTION_AND_DAMAGED_DOCS];
