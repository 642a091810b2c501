// The bounded memo under foldKey, parseCadence and parseMonths: same answers as the function,
// computed once per distinct text, and never more entries than its limit.
import { describe, expect, it } from 'vitest';
import { memo } from '../../src/core/memo';
import { foldKey } from '../../src/core/text';

describe('memo', () => {
  it('answers as the function does, computing each distinct text once', () => {
    const seen: string[] = [];
    const upper = memo((s) => (seen.push(s), s.toUpperCase()));
    expect([upper('hội đồng trường'), upper('hội đồng trường'), upper(7), upper(null)]).toEqual([
      'HỘI ĐỒNG TRƯỜNG',
      'HỘI ĐỒNG TRƯỜNG',
      '7',
      '',
    ]);
    expect(seen).toEqual(['hội đồng trường', '7', '']);
  });

  it('starts afresh when full, so a long batch cannot grow it', () => {
    const seen: string[] = [];
    const id = memo((s) => (seen.push(s), s), 3);
    for (const s of ['a', 'b', 'c', 'a', 'd', 'a']) id(s);
    // a, b, c fill it; a is a hit; d clears it; a is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('a key cut from a larger text gives the same answer as the text on its own', () => {
    const xml = `<si><t>${'x'.repeat(5000)}</t></si><si><t>Ban Đại diện Cha mẹ học sinh</t></si>`;
    const slice = /<si><t>(Ban[^<]*)<\/t>/.exec(xml)![1];
    expect(foldKey(slice)).toBe('ban đại diện cha mẹ học sinh');
    expect(foldKey('Ban Đại diện Cha mẹ học sinh')).toBe(foldKey(slice));
  });
});
