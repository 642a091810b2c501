import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { mergeRules } from '../../src/core/rules/load-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { loadRuleSet } from '../../src/node/rules-dir';
import { exampleWith, modelOf } from '../helpers/content-grids';

const base = JSON.parse(JSON.stringify(BUILTIN_RULES.find((r) => r.id === 'party-has-signatory')));
delete base.source;

function rejects(files: Array<{ file: string; text: string }>): UserError {
  try {
    mergeRules(BUILTIN_RULES, files);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected the rule files to be rejected');
}

describe('an office rules folder', () => {
  it('switches a rule off, changes a severity and adds a rule, without touching code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-'));
    writeFileSync(path.join(dir, 'off.json'), JSON.stringify({ id: 'recipients-archive', severity: 'off' }));
    writeFileSync(path.join(dir, 'sev.json'), JSON.stringify({ id: 'party-has-responsibility', severity: 'error' }));
    writeFileSync(
      path.join(dir, 'evidence-required.json'),
      JSON.stringify({
        id: 'evidence-required',
        severity: 'warning',
        given: 'responsibilities',
        conditions: { all: [{ fact: 'item', path: 'evidence', operator: 'isBlank', value: true }] },
        report: { field: 'evidence', entity: '{{row}}' },
        messages: { default: { vi: 'Dòng {{row}} chưa ghi minh chứng.', en: 'Row {{row}} has no evidence.' } },
        rationale: { vi: 'Phòng yêu cầu mọi nhiệm vụ có minh chứng.', en: 'The office wants evidence for every task.' },
      }),
    );
    const rules = await loadRuleSet(dir);
    const content = exampleWith((c) => {
      c.blocks.recipients!.pop();
      c.blocks.parties!.push({ code: 'CB', name: 'Chi bộ' });
      c.blocks.responsibilities![0].evidence = '';
    });
    const findings = await createRuleRunner(rules).run(modelOf(content));
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    expect(byRule('recipients-archive')).toEqual([]);
    expect(byRule('party-has-responsibility').map((f) => f.severity)).toEqual(['error']);
    expect(byRule('evidence-required').map((f) => [f.severity, f.cell, f.message.vi])).toEqual([
      ['warning', 'H2', 'Dòng 2 chưa ghi minh chứng.'],
    ]);
  });

  it('rewords a message while keeping its placeholders checked', () => {
    const rules = mergeRules(BUILTIN_RULES, [
      {
        file: 'x.json',
        text: JSON.stringify({
          id: 'party-has-signatory',
          messages: { default: { vi: 'Bên {{code}} thiếu chữ ký.', en: 'Party {{code}} unsigned.' } },
        }),
      },
    ]);
    expect(rules.find((r) => r.id === 'party-has-signatory')!.messages.default.vi).toBe('Bên {{code}} thiếu chữ ký.');
    const err = rejects([
      {
        file: 'y.json',
        text: JSON.stringify({
          id: 'party-has-signatory',
          messages: { default: { vi: 'Bên {{ma}}.', en: 'Party {{ma}}.' } },
        }),
      },
    ]);
    expect(err.text('vi')).toContain('y.json');
    expect(err.text('vi')).toContain('ma');
  });

  it.each([
    ['not JSON', '{ "id": ', 'không phải JSON hợp lệ'],
    ['unknown severity', JSON.stringify({ id: 'party-has-signatory', severity: 'fatal' }), 'severity'],
    ['override of a rule that does not exist', JSON.stringify({ id: 'no-such-rule', severity: 'off' }), 'no-such-rule'],
    [
      'unknown operator',
      JSON.stringify({
        ...base,
        id: 'x-op',
        conditions: { all: [{ fact: 'item', path: 'code', operator: 'equalz', value: 1 }] },
      }),
      'conditions.all[0].operator',
    ],
    [
      'unknown decorator',
      JSON.stringify({
        ...base,
        id: 'x-dec',
        conditions: { all: [{ fact: 'item', path: 'code', operator: 'nosuch:equal', value: 1 }] },
      }),
      'nosuch:equal',
    ],
    [
      'unknown field of the item',
      JSON.stringify({
        ...base,
        id: 'x-path',
        conditions: { all: [{ fact: 'item', path: 'kode', operator: 'equal', value: 1 }] },
      }),
      'kode',
    ],
    [
      'unknown fact',
      JSON.stringify({
        ...base,
        id: 'x-fact',
        conditions: { all: [{ fact: 'process', operator: 'equal', value: 1 }] },
      }),
      'process',
    ],
    [
      'JSONPath filter expression (never evaluated)',
      JSON.stringify({
        ...base,
        id: 'x-jp',
        conditions: {
          all: [
            { fact: 'item', path: '$[?(@.constructor.constructor("return process")())]', operator: 'equal', value: 1 },
          ],
        },
      }),
      'conditions.all[0].fact',
    ],
    [
      'prototype path',
      JSON.stringify({
        ...base,
        id: 'x-proto',
        conditions: { all: [{ fact: 'item', path: '__proto__.polluted', operator: 'equal', value: 1 }] },
      }),
      '__proto__',
    ],
    ['missing rationale', JSON.stringify({ ...base, id: 'x-rat', rationale: undefined }), 'rationale'],
    ['extra field', JSON.stringify({ ...base, id: 'x-extra', script: 'alert(1)' }), 'script'],
    ['bad id', JSON.stringify({ ...base, id: 'Bad Id' }), 'kebab'],
    [
      'fix placeholder not a field',
      JSON.stringify({ ...base, id: 'x-fix', report: { fix: { from: '{{code}}', to: '{{nope}}' } } }),
      'report.fix.to',
    ],
    [
      'fix without its text now',
      JSON.stringify({ ...base, id: 'x-fix2', report: { fix: { to: '{{code}}' } } }),
      'report.fix.from',
    ],
    [
      'message placeholder not a field',
      JSON.stringify({ ...base, id: 'x-ph', messages: { default: { vi: '{{nope}}.', en: '{{nope}}.' } } }),
      'nope',
    ],
  ])('rejects %s with a message naming the file and the field', (_name, text, mention) => {
    const err = rejects([{ file: 'office/custom.json', text }]);
    const line = err.line();
    expect(line).toContain('office/custom.json');
    expect(line).toContain(mention);
    expect(line).not.toMatch(/at \w+ \(/); // no stack frames
  });

  it('rejects two files defining the same id', () => {
    const rule = JSON.stringify({ ...base, id: 'dup-rule' });
    expect(
      rejects([
        { file: 'a.json', text: rule },
        { file: 'b.json', text: rule },
      ]).text('en'),
    ).toContain('already defined in a.json');
  });

  it('names a missing folder', async () => {
    await expect(loadRuleSet('/no/such/dir')).rejects.toThrow(/\/no\/such\/dir/);
  });

  it('takes one overrides file holding a list, as an office sends it to its schools', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-'));
    const file = path.join(dir, 'luat-phong.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'recipients-archive', severity: 'off' },
        { id: 'party-has-responsibility', severity: 'error' },
        { ...base, id: 'party-has-signatory-again', severity: 'info' },
      ]),
    );
    const content = exampleWith((c) => {
      c.blocks.recipients!.pop();
      c.blocks.parties!.push({ code: 'CB', name: 'Chi bộ' });
    });
    const findings = await createRuleRunner(await loadRuleSet(file)).run(modelOf(content));
    const severities = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.severity);
    expect(severities('recipients-archive')).toEqual([]);
    expect(severities('party-has-responsibility')).toEqual(['error']);
    expect(severities('party-has-signatory-again')).toEqual(['info']);
    // The same list split over a folder gives the same rules.
    const folder = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-'));
    JSON.parse(
      JSON.stringify([
        { id: 'recipients-archive', severity: 'off' },
        { id: 'party-has-responsibility', severity: 'error' },
        { ...base, id: 'party-has-signatory-again', severity: 'info' },
      ]),
    ).forEach((r: unknown, i: number) => writeFileSync(path.join(folder, `${i}.json`), JSON.stringify(r)));
    const strip = (rs: Array<{ source?: string }>) => rs.map(({ source: _s, ...r }) => r);
    expect(strip(await loadRuleSet(file))).toEqual(strip(await loadRuleSet(folder)));
  });

  it('names the item of a list that is wrong, counting from 1, and refuses an empty list or a file that is not .json', async () => {
    const list = [
      { id: 'recipients-archive', severity: 'off' },
      { id: 'party-has-signatory', severity: 'fatal' },
    ];
    expect(rejects([{ file: 'luat-phong.json', text: JSON.stringify(list) }]).text('vi')).toBe(
      'Tệp luật luat-phong.json (2), trường "severity": phải là một trong: error, warning, info, off.',
    );
    const twice = [
      { id: 'recipients-archive', severity: 'off' },
      { id: 'recipients-archive', severity: 'info' },
    ];
    expect(rejects([{ file: 'luat-phong.json', text: JSON.stringify(twice) }]).text('en')).toContain(
      'already defined in luat-phong.json (1)',
    );
    expect(rejects([{ file: 'rong.json', text: '[]' }]).text('vi')).toBe('Tệp luật rong.json là một danh sách rỗng.');
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-rules-'));
    const text = path.join(dir, 'luat.txt');
    writeFileSync(text, '{}');
    const refused = (await loadRuleSet(text).catch((e: unknown) => e)) as UserError;
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.text('vi')).toBe(`Tệp luật ${text} phải là tệp .json (hoặc đưa một thư mục chứa các tệp .json).`);
  });
});
