// Parity checks over the whole catalogue (ESLint's checkRuleFiles): every rule file is valid,
// registered, tested, and says the same thing in both languages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../src/core/rules/builtin-rules';
import { formatCatalogueMarkdown } from '../src/core/rules/catalogue';
import { checkMessageIds } from '../src/core/rules/decision';
import { validateRule } from '../src/core/rules/load-rules';

const files = readdirSync('rules').filter((f) => f.endsWith('.json'));
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('rules catalogue', () => {
  it('registers exactly the files in rules/', () => {
    expect(BUILTIN_RULES.map((r) => `${r.id}.json`).sort()).toEqual(files.sort());
  });

  it('covers every rule of DESIGN.md §3', () => {
    const design = [
      'party-has-signatory',
      'review-cadence-set',
      'supersedes-referenced',
      'superseded-version-marked',
      'responsibility-lead-known',
      'responsibility-support-known',
      'responsibility-cadence-set',
      'unique-party-codes',
      'unique-clause-ids',
      'school-year-format',
      'issue-date-valid',
      'signatory-capacity',
      'document-number-format',
      'managing-authority-current',
      'recipients-archive',
      'party-has-responsibility',
      'clause-has-responsibility',
      'responsibility-clause-known',
      'timed-task-has-month',
      'legal-basis-complete',
    ];
    const ids = BUILTIN_RULES.map((r) => r.id);
    for (const id of design) expect(ids).toContain(id);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(`rules/${file}`, 'utf8');
      const json = JSON.parse(text);
      it('passes the schema and the fact vocabulary', () => {
        expect(() => validateRule(json, file)).not.toThrow();
      });
      it('is named after its id and has a test file with valid and invalid cases', () => {
        expect(`${json.id}.json`).toBe(file);
        const testFile = `test/rules/${json.id}.test.ts`;
        expect(existsSync(testFile)).toBe(true);
        const src = readFileSync(testFile, 'utf8');
        expect(src).toMatch(/valid:\s*\[/);
        expect(src).toMatch(/invalid:\s*\[\s*\{/);
      });
      it('is NFC text', () => {
        expect(text).toBe(text.normalize('NFC'));
      });
      it('has the same placeholders in Vietnamese and English, sentences that end with a full stop', () => {
        for (const [id, m] of Object.entries(json.messages as Record<string, { vi: string; en: string }>)) {
          expect(placeholders(m.vi), `${file} messages.${id}`).toEqual(placeholders(m.en));
          expect(m.vi.trim()).toMatch(/[.)]$/);
          expect(m.en.trim()).toMatch(/[.)]$/);
        }
        expect(json.rationale.vi.length).toBeGreaterThan(20);
        expect(json.rationale.en.length).toBeGreaterThan(20);
      });
      it('names every messageId it can report', () => {
        const id = json.report?.messageId;
        if (id && !id.includes('{{')) expect(Object.keys(json.messages)).toContain(id);
        if (!id && !json.then) expect(Object.keys(json.messages)).toContain('default');
        // What its function or its fact can give, each with a message (checked at load too).
        const rule = BUILTIN_RULES.find((r) => r.id === json.id)!;
        for (const can of checkMessageIds(rule)) expect(Object.keys(json.messages)).toContain(can);
      });
      it('says what it checks, in both languages', () => {
        expect(json.checks.vi.length).toBeGreaterThan(20);
        expect(json.checks.en.length).toBeGreaterThan(20);
        expect(json.checks.vi.trim()).toMatch(/[.)]$/);
      });
      it('decides in its conditions or in the one function it names, a file of its own', () => {
        if (json.then) expect(existsSync(`src/core/rules/functions/${kebab(json.then.function)}.ts`)).toBe(true);
        else expect(json.conditions).toBeDefined();
      });
    });
  }
});

describe('the rules table of docs/rules.md', () => {
  it('is the one generated from rules/ (npm run docs:rules rewrites it)', () => {
    const readme = readFileSync('docs/rules.md', 'utf8');
    const table = /<!-- rules-table:start[^\n]*-->\n([\s\S]*?)<!-- rules-table:end -->/.exec(readme)?.[1];
    expect(table).toBe(formatCatalogueMarkdown(BUILTIN_RULES));
    expect(table!.split('\n').filter((l) => l.startsWith('| `')).length).toBe(files.length);
  });
});
