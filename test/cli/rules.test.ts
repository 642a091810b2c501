// phoihop rules: the rule set a check would use, so an office can see its overrides took effect.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { runCli } from '../helpers/cli';

type Entry = {
  id: string;
  severity: string;
  source: string;
  given: string;
  messageIds: string[];
  checks?: { vi: string; en: string };
  function?: string;
  rationale: { vi: string; en: string };
};
const listed = async (...args: string[]) => {
  const r = await runCli('rules', '--format', 'json', ...args);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { rules: Entry[] }).rules;
};

describe('phoihop rules', () => {
  it('lists every built-in rule once, errors first, with its rationale and message ids', async () => {
    const rules = await listed();
    expect(rules.map((r) => r.id).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
    const rank = { error: 0, warning: 1, info: 2, off: 3 } as Record<string, number>;
    expect(rules.map((r) => rank[r.severity])).toEqual([...rules.map((r) => rank[r.severity])].sort((a, b) => a - b));
    for (const r of rules) {
      const rule = BUILTIN_RULES.find((b) => b.id === r.id)!;
      expect(r).toEqual({
        id: rule.id,
        severity: rule.severity,
        given: rule.given,
        source: `rules/${rule.id}.json`,
        messageIds: Object.keys(rule.messages),
        checks: rule.checks,
        ...(rule.then ? { function: rule.then.function } : {}),
        rationale: rule.rationale,
      });
      // What it checks, in Vietnamese an office reads, from the rule file.
      expect(r.checks!.vi).toMatch(/\p{L}/u);
    }
    const text = await runCli('rules');
    expect(text.stdout.split('\n')[0]).toBe(`${BUILTIN_RULES.length} luật: ${BUILTIN_RULES.length} đang bật, 0 tắt.`);
    expect(text.stdout).toContain(BUILTIN_RULES.find((r) => r.id === 'recipients-archive')!.rationale.vi);
    expect(text.stdout).toContain(`Kiểm tra: ${BUILTIN_RULES.find((r) => r.id === 'recipients-archive')!.checks!.vi}`);
  });

  it("shows an office's overrides and own rules, and which file each comes from", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-cli-'));
    const file = path.join(dir, 'luat-phong.json');
    const own = {
      ...BUILTIN_RULES.find((r) => r.id === 'party-has-signatory')!,
      id: 'phong-nguoi-ky',
      severity: 'info',
    };
    delete (own as { source?: string }).source;
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'recipients-archive', severity: 'off' },
        { id: 'party-has-responsibility', severity: 'error' },
        own,
      ]),
    );
    const rules = await listed('--rules', file);
    const byId = (id: string) => rules.find((r) => r.id === id)!;
    expect(rules).toHaveLength(BUILTIN_RULES.length + 1);
    expect(byId('recipients-archive')).toMatchObject({ severity: 'off', source: `${file} (1)` });
    expect(byId('party-has-responsibility')).toMatchObject({ severity: 'error', source: `${file} (2)` });
    expect(byId('phong-nguoi-ky')).toMatchObject({ severity: 'info', source: `${file} (3)` });
    expect(rules.at(-1)!.id).toBe('recipients-archive');

    const text = (await runCli('rules', '--rules', file, '--lang', 'en')).stdout;
    expect(text.split('\n')[0]).toBe(`${BUILTIN_RULES.length + 1} rules: ${BUILTIN_RULES.length} on, 1 off.`);
    expect(text).toMatch(
      new RegExp(`off +recipients-archive +\\(from ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(1\\)\\)`),
    );
  });

  it('exits 2 with one line on a bad rules file or a stray argument', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-cli-'));
    const bad = path.join(dir, 'sai.json');
    writeFileSync(bad, JSON.stringify({ id: 'recipients-archive', severity: 'nặng' }));
    for (const [args, message] of [
      [['--rules', bad], /Tệp luật .*sai\.json, trường "severity"/],
      [['thua.xlsx'], /Lệnh rules không nhận đối số "thua\.xlsx"/],
      [['--format', 'sarif'], /sarif/],
    ] as const) {
      const r = await runCli('rules', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
