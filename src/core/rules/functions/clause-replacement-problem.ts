// clause-replacement-agrees: a clause that says the document replaces another ("… và thay thế
// Quy chế phối hợp số 11/QCPH-MNHS", "Quy chế này thay thế …") and Thay thế văn bản name the same
// document: what the clause names by number or school year is named there too. An empty Thay thế
// văn bản is supersedes-referenced's to report; a clause that names no number and no year is not
// compared.
import { yearKey } from '../facts/version-chain';
import type { ClauseSource } from '../facts/rows';
import { ruleFunction } from './function';

const NUMBER =
  /(?<![\p{L}\d])\d{1,4}\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{Lu}][\p{Lu}\p{Nd}&]*(?:\s*[-–]\s*[\p{Lu}\p{Nd}&]+)*/gu;
const YEARS = /(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)/g;

/** The numbers ("11/QCPH-MNHS") and school years ("2023-2024") a text names, as compared keys. */
function identifiers(text: string): { numbers: string[]; years: string[] } {
  return {
    numbers: [...text.matchAll(NUMBER)].map((m) => yearKey(m[0])),
    years: [...text.matchAll(YEARS)].filter((m) => +m[2] === +m[1] + 1).map((m) => `${m[1]}-${m[2]}`),
  };
}

export const clauseReplacementProblem = ruleFunction({
  name: 'clauseReplacementProblem',
  messageIds: ['notNamed', 'saysNone'],
  decide: ({ replaces, supersedes }: ClauseSource) => {
    if (!replaces || replaces === 'Không' || !supersedes.trim()) return null;
    const clause = identifiers(replaces);
    if (!clause.numbers.length && !clause.years.length) return null;
    if (/^\s*không\s*\.?\s*$/iu.test(supersedes)) return 'saysNone';
    const field = identifiers(supersedes);
    const key = yearKey(supersedes);
    const named = (ids: string[]) => ids.filter((id) => key.includes(id));
    // Both name a number (or a year) and the clause's is not the one there: another document.
    const conflict = (mine: string[], theirs: string[]) => theirs.length > 0 && named(mine).length < mine.length;
    if (conflict(clause.numbers, field.numbers) || conflict(clause.years, field.years)) return 'notNamed';
    // Otherwise one thing the clause names is enough for Thay thế văn bản to name the same document.
    return named([...clause.numbers, ...clause.years]).length ? null : 'notNamed';
  },
});
