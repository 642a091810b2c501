// Reading input files: the blocking read the batch workers use refuses exactly what the
// asynchronous one refuses, with the same messages, and returns the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import { readInputFile, readInputFileSync } from '../../src/node/files';
import { tempDir } from '../helpers/cli';

const dir = tempDir('phoihop-files-');

async function outcome(read: () => Promise<Uint8Array> | Uint8Array): Promise<string> {
  try {
    return `bytes ${Buffer.from(await read()).toString('utf8')}`;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return `${e.key}: ${e.text('vi')}`;
  }
}

describe('reading an input file', () => {
  const file = path.join(dir, 'quy-che.xlsx');
  writeFileSync(file, 'nội dung');
  const folder = path.join(dir, 'thu-muc.xlsx');
  mkdirSync(folder);
  const cases: Array<[string, string, number | undefined, RegExp]> = [
    ['a file', file, undefined, /^bytes nội dung$/],
    ['a missing file', path.join(dir, 'khong-co.xlsx'), undefined, /^input\.notFound: .*khong-co\.xlsx/],
    ['a folder', folder, undefined, /^input\.notRegular: .*thu-muc\.xlsx.*thư mục/],
    ['a file over the limit', file, 4, /^input\.tooLarge: .*quy-che\.xlsx/],
  ];
  for (const [what, target, limit, expected] of cases) {
    it(`${what}: the same outcome blocking or not`, async () => {
      const sync = await outcome(() => readInputFileSync(target, limit));
      expect(sync).toMatch(expected);
      expect(sync).toBe(await outcome(() => readInputFile(target, limit)));
    });
  }
});
