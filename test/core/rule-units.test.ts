// A rule is one unit: it decides in its conditions or in the one function it names, and every
// message id it can report is one of its messages — checked when it is loaded, never a fallback.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { VIEW_FIELDS } from '../../src/core/rules/facts';
import { leadProblem } from '../../src/core/rules/functions';
import { mergeRules } from '../../src/core/rules/load-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import type { RuleDefinition } from '../../src/core/rules/types';
import { exampleWith, modelOf } from '../helpers/content-grids';

const leadRule = {
  id: 'phong-chu-tri',
  severity: 'error',
  given: 'responsibilities',
  checks: { vi: 'Mỗi nhiệm vụ có bên chủ trì đã khai báo.', en: 'Each task has a declared lead.' },
  then: { function: 'leadProblem' },
  report: { field: 'lead', entity: '{{row}}' },
  messages: {
    missing: { vi: 'Dòng {{row}} chưa có bên chủ trì.', en: 'Row {{row}} has no lead.' },
    unknown: {
      vi: 'Dòng {{row}}: bên "{{lead}}" chưa khai báo.',
      en: 'Row {{row}}: party "{{lead}}" is not declared.',
    },
  },
  rationale: { vi: 'Phòng muốn mỗi nhiệm vụ có người chịu trách nhiệm.', en: 'The office wants someone accountable.' },
};

function loadError(rule: unknown): UserError {
  try {
    mergeRules(BUILTIN_RULES, [{ file: 'luat-phong.json', text: JSON.stringify(rule) }]);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected the rule file to be refused');
}

describe('a rule with a function', () => {
  it("reports what the function finds, with the message the function names, from an office's own file", async () => {
    const rules = mergeRules(BUILTIN_RULES, [{ file: 'luat-phong.json', text: JSON.stringify(leadRule) }]);
    const model = modelOf(
      exampleWith((c) => {
        c.blocks.responsibilities![0].lead = 'XX';
        c.blocks.responsibilities![1].lead = '';
      }),
    );
    const findings = (await createRuleRunner(rules).run(model)).filter((f) => f.ruleId === 'phong-chu-tri');
    expect(findings.map((f) => [f.messageId, f.cell, f.message.vi])).toEqual([
      ['unknown', 'D2', 'Dòng 2: bên "XX" chưa khai báo.'],
      ['missing', 'D3', 'Dòng 3 chưa có bên chủ trì.'],
    ]);
  });

  it('is refused at load when the function can give a message id the rule does not declare', () => {
    const { unknown: _dropped, ...onlyMissing } = leadRule.messages;
    const err = loadError({ ...leadRule, messages: onlyMissing });
    expect(err.key).toBe('rules.unknownMessageId');
    expect(err.text('vi')).toContain('luat-phong.json');
    expect(err.text('vi')).toContain('"unknown"');
    expect(err.text('en')).toContain('then.function');
    // The function says which ids it gives: the loader did not guess them.
    expect(leadProblem.messageIds).toContain('unknown');
  });

  it('is refused at load when a fact with a list of values picks a message the rule lacks', () => {
    const legacy = JSON.parse(JSON.stringify(BUILTIN_RULES.find((r) => r.id === 'legacy-encoded-text')));
    delete legacy.source;
    delete legacy.messages.sheetName;
    const err = loadError({ ...legacy, id: 'phong-bang-ma' });
    expect(err.key).toBe('rules.unknownMessageId');
    expect(err.text('en')).toContain('"sheetName"');
  });

  it('is refused at load when the message id comes from a fact with no list of values', () => {
    const err = loadError({
      ...leadRule,
      then: undefined,
      conditions: leadCondition,
      report: { messageId: '{{lead}}' },
    });
    expect(err.key).toBe('rules.openMessageId');
  });

  it('is refused at load when it names a function its collection does not have', () => {
    const err = loadError({ ...leadRule, then: { function: 'capacityProblem' } });
    expect(err.key).toBe('rules.unknownFunction');
    expect(err.text('en')).toContain('leadProblem');
  });

  it('never runs with another message: a runner refuses such a rule before its first run', () => {
    const built = BUILTIN_RULES.find((r) => r.id === 'responsibility-lead-known')!;
    const broken: RuleDefinition = { ...built, messages: { missing: built.messages.missing } };
    expect(() => createRuleRunner([broken])).toThrow(UserError);
  });
});

const leadCondition = { all: [{ fact: 'item', path: 'lead', operator: 'isBlank', value: false }] };

describe('the facts of a collection', () => {
  it('are declared once: the functions are facts of their collection, and the vocabulary lists them', () => {
    expect(VIEW_FIELDS.responsibilities).toContain('leadProblem');
    expect(VIEW_FIELDS.signatories).toEqual(
      expect.arrayContaining(['capacityProblem', 'signedOnProblem', 'partyProblem']),
    );
    for (const rule of BUILTIN_RULES.filter((r) => r.then))
      expect(VIEW_FIELDS[rule.given], rule.id).toContain(rule.then!.function);
  });
});
