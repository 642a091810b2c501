// Outputs under pressure (issue 31): two runs creating the same new file never both say "Đã ghi",
// names up to the file system's limit are written, and an output that is a pipe gets one clear line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import { writeOutputs } from '../../src/node/outputs';
import { tempDir } from '../helpers/cli';
import { runChild } from '../helpers/child-cli';

describe('a new output is created exclusively', () => {
  it('of two writers racing for one new name, exactly one writes and the other is told it exists', async () => {
    for (let round = 0; round < 15; round++) {
      const dir = tempDir('phoihop-race-');
      const target = path.join(dir, 'so.xlsx');
      const write = (data: string) =>
        writeOutputs({ inputs: [], outputs: [target], replace: false }, [{ file: target, data }]).then(
          () => data,
          (e: unknown) => e,
        );
      const results = await Promise.all([write('một'), write('hai')]);
      const wrote = results.filter((r) => typeof r === 'string');
      const refused = results.filter((r) => r instanceof UserError);
      expect(wrote).toHaveLength(1);
      expect(refused.map((e) => (e as UserError).key)).toEqual(['output.exists']);
      expect(readFileSync(target, 'utf8')).toBe(wrote[0]);
      expect(readdirSync(dir)).toEqual(['so.xlsx']);
    }
  });

  it('when the second of two new outputs is taken, the first is not left behind', async () => {
    const dir = tempDir('phoihop-race-');
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    await writeOutputs({ inputs: [], outputs: [b], replace: false }, [{ file: b, data: 'cũ' }]);
    const plan = { inputs: [], outputs: [a], replace: false };
    // b appears between the check and the write: the plan only knew of a.
    await expect(
      writeOutputs(plan, [
        { file: a, data: 'mới' },
        { file: b, data: 'mới' },
      ]),
    ).rejects.toMatchObject({ key: 'output.exists' });
    expect(readdirSync(dir)).toEqual(['b.xlsx']);
    expect(readFileSync(b, 'utf8')).toBe('cũ');
  });

  it.each([
    ['250 ASCII letters', `${'a'.repeat(245)}.xlsx`],
    ['80 Vietnamese letters (240 bytes)', `${'Đường'.repeat(16)}.xlsx`],
  ])('a name of %s is written', async (_, name) => {
    const dir = tempDir('phoihop-long-');
    const target = path.join(dir, name);
    await writeOutputs({ inputs: [], outputs: [target], replace: false }, [{ file: target, data: 'x' }]);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

describe('an output that is not a regular file', () => {
  it.each(['/dev/stdout', '/proc/self/fd/1'])('-o %s behind a pipe: one clear line, exit 2', async (out) => {
    const r = await runChild(['template', '-o', out], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    expect(r.stderr).toContain(out);
  });
});
