// The five real regulations in ../shared/seeds, scored against ../shared/seeds/expected: the
// share of fields right (kind, number, date, school year, school, party codes, signatory names,
// number of legal bases, whether it supersedes, recipients) must be at least 90%. When the
// shared folder is absent (a fresh clone), the test says so and checks nothing about seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';
import { fold } from '../../src/core/import/vocab';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const EXPECTED = path.join(SEEDS, 'expected');

interface Expected {
  kind: string | null;
  number: string | null;
  date: string | null;
  schoolYear: string | null;
  school: string | null;
  parties: string[];
  signatories: Array<{ name: string }>;
  legalBases: number;
  /** When the count depends on reading (a Thực hiện line, a line citing two texts), the counts a reader may give. */
  legalBasesRange?: [number, number];
  supersedes: string | null;
  recipients: string[];
}

/** Compared as a reader would: case, marks' placement, spaces and dashes do not matter. */
const norm = (s: string | null | undefined) =>
  s == null
    ? null
    : fold(s.normalize('NFC'))
        .replace(/[\u2010-\u2015]/g, '-')
        .replace(/\s*([-/])\s*/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
const sameList = (a: string[], b: string[]) =>
  JSON.stringify(a.map(norm).sort()) === JSON.stringify(b.map(norm).sort());

function partiesRight(x: Extraction, expected: string[]): boolean {
  const standard = expected.filter((p) => !p.startsWith('OTHER:'));
  const others = expected.filter((p) => p.startsWith('OTHER:')).map((p) => norm(p.slice(6))!);
  const gotStandard = x.parties.filter((p) => p.standard).map((p) => p.code);
  const gotOthers = x.parties.filter((p) => !p.standard);
  if (!sameList(gotStandard, standard) || gotOthers.length !== others.length) return false;
  // Each other body expected is one we read, by name or by the way the document writes it.
  return others.every((name) =>
    gotOthers.some((p) => [p.name, ...p.forms].some((f) => norm(f)!.includes(name) || name.includes(norm(f)!))),
  );
}

const KIND: Record<string, string> = { quy_che: 'quy_che', ke_hoach: 'ke_hoach', ke_hoach_lien_tich: 'ke_hoach' };

function score(x: Extraction, e: Expected): Record<string, boolean> {
  return {
    kind: (x.facts.kind ? KIND[x.facts.kind] : null) === (e.kind ? (KIND[e.kind] ?? e.kind) : null),
    number: norm(x.fields.number?.value) === norm(e.number),
    date: x.facts.issueDate === e.date,
    schoolYear: norm(x.facts.schoolYear) === norm(e.schoolYear),
    school: norm(x.facts.school) === norm(e.school),
    parties: partiesRight(x, e.parties),
    signatories: sameList(
      x.signatories.map((s) => s.name).filter(Boolean),
      e.signatories.map((s) => s.name),
    ),
    legalBases: e.legalBasesRange
      ? x.legalBases.length >= e.legalBasesRange[0] && x.legalBases.length <= e.legalBasesRange[1]
      : x.legalBases.length === e.legalBases,
    supersedes: (x.facts.supersedes !== null) === (e.supersedes !== null),
    recipients: sameList(
      x.recipients.map((r) => r.text),
      e.recipients,
    ),
  };
}

const seeds = existsSync(EXPECTED)
  ? readdirSync(SEEDS).filter(
      (f) => f.endsWith('.txt') && existsSync(path.join(EXPECTED, f.replace(/\.txt$/, '.json'))),
    )
  : [];

describe('seed regulations (../shared/seeds)', () => {
  it('imports the seeds with at least 90% of the expected fields right', () => {
    if (seeds.length === 0) {
      console.log(`[import] ${SEEDS} is not present: seed scoring skipped (nothing to score against).`);
      expect(existsSync(EXPECTED)).toBe(false);
      return;
    }
    const rows: string[] = [];
    let right = 0;
    let total = 0;
    let fields: string[] = [];
    for (const f of seeds.sort()) {
      const text = readFileSync(path.join(SEEDS, f), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(EXPECTED, f.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
      const s = score(importText(text).extraction, expected);
      fields = Object.keys(s);
      const ok = Object.values(s).filter(Boolean).length;
      right += ok;
      total += fields.length;
      rows.push(
        `${f.slice(0, 3)}  ${fields.map((k) => (s[k] ? '  ✓ ' : '  ✗ ').padEnd(k.length + 2)).join('')}  ${ok}/${fields.length}`,
      );
    }
    const header = `seed ${fields.map((k) => `  ${k}`).join('')}  score`;
    console.log(
      `[import] seed scores\n${header}\n${rows.join('\n')}\noverall ${right}/${total} = ${((100 * right) / total).toFixed(1)}%`,
    );
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
