// Encoding damage repaired, with what was repaired said: whole documents written at test time in
// TCVN3 (ABC), in VNI-Windows, and as UTF-8 read in Windows-1252 (mojibake, made with the
// platform's own TextDecoder), imported through the CLI and compared with the Unicode original's
// import. A text stripped of its Vietnamese letters is refused with one line, exit 2, no output.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, importText } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';
import { fold } from '../../src/core/import/vocab';
import { blurredControl, repairMojibake } from '../../src/core/vietnamese/mojibake';
import { runCli, tempDir } from '../helpers/cli';
import { UNICODE_A, headlineOf, toTcvn3, toVni } from './documents';

const mojibake = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));
const dir = tempDir('phoihop-encoding-');

/** The headline values and the shape of the body. */
const headline = (x: Extraction) => ({ ...headlineOf(x), clauses: x.clauses.map((c) => c.text) });

const original = importText(UNICODE_A).extraction;

describe('encoding repair', () => {
  it('repairs mojibake runs exactly and leaves Unicode, TCVN3 and plain Latin-1 alone', () => {
    const line = 'Cộng hòa xã hội chủ nghĩa Việt Nam – “Độc lập”';
    expect(mojibake(line)).not.toBe(line);
    expect(repairMojibake(mojibake(line)).text).toBe(line);
    // "XÃ" before a web page's &nbsp; in a Unicode line is Ã and a space, not the bytes of "à".
    const nbsp = 'UBND XÃ\u00a0KIM SƠN';
    for (const untouched of [line, toTcvn3('Trường Mầm non Hoa Sen'), 'Café à la crème', 'CHỦ TỊCH Ô Văn Á', nbsp])
      expect(repairMojibake(untouched)).toEqual({ text: untouched, repairs: [] });
    // One damaged phrase in a Unicode line: only the phrase is repaired.
    const mixed = `Trường Tiểu học ${mojibake('Bình Minh')} năm học 2024-2025`;
    expect(repairMojibake(mixed).text).toBe('Trường Tiểu học Bình Minh năm học 2024-2025');
    // Cleaned, every &nbsp; and typographic space is a plain one, so keywords match across it.
    expect(cleanDocument(`${nbsp}\nCăn cứ\u00a0Luật\u2009Công đoàn`).lines.map((l) => l.text)).toEqual([
      'UBND XÃ KIM SƠN',
      'Căn cứ Luật Công đoàn',
    ]);
  });

  it('repairs mojibake whose invisible bytes a browser dropped or a PDF printed as one glyph, to the right letters', () => {
    const line = 'Công đoàn phối hợp với nhà trường bình xét thi đua cuối năm học. Nơi nhận: Phòng GD&ĐT';
    const baked = mojibake(line);
    // The platform's decoder leaves 0x80–0x9F as control characters, as a web page shows them.
    expect(baked).toMatch(/[\u0080-\u009f]/);
    const dropped = baked.replace(/[\u0080-\u009f\u00ad]/g, '').replace(/\u00a0/g, ' ');
    const blurred = baked
      .replace(/[\u0080-\u009f]/g, '\u0092')
      .replace(/\u00ad/g, '')
      .replace(/\u00a0/g, ' ');
    for (const damaged of [dropped, blurred]) {
      const mark = blurredControl(damaged.split(' '));
      const repaired = repairMojibake(damaged, mark).text;
      // Each lost byte becomes a letter of the word's own base: the words match, tones may not.
      expect(fold(repaired), repaired).toBe(fold(line));
      expect(repaired).toMatch(/^Công đoàn .* nhà trường .* thi đua .* năm h.c\. Nơi nhận: Phòng GD&ĐT$/);
    }
    expect(blurredControl(dropped.split(' '))).toBeUndefined();
    // A text whose control characters differ is exact mojibake, repaired exactly.
    expect(blurredControl([baked])).toBeUndefined();
  });

  const cases: Array<[string, (s: string) => string, RegExp, string]> = [
    ['TCVN3 (ABC)', toTcvn3, /Đã chuyển \d+ từ viết bằng mã cũ/, 'tcvn3'],
    ['VNI-Windows', toVni, /Đã chuyển \d+ từ viết bằng mã cũ/, 'vni'],
    ['UTF-8 read as Windows-1252', mojibake, /Đã sửa \d+ đoạn chữ bị lỗi mã/, 'mojibake'],
  ];
  for (const [name, encode, said, encoding] of cases) {
    it(`reads a whole document in ${name} as the Unicode original and says what it repaired`, async () => {
      const damaged = encode(UNICODE_A);
      expect(damaged).not.toBe(UNICODE_A);
      const x = importText(damaged).extraction;
      expect(headline(x)).toEqual(headline(original));
      expect(x.conversions.length).toBeGreaterThan(20);
      expect(x.conversions.filter((c) => c.encoding !== encoding)).toEqual([]);
      const input = path.join(dir, `${encoding}.txt`);
      writeFileSync(input, damaged);
      const r = await runCli('import', input, '-o', path.join(dir, `${encoding}.xlsx`));
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(said);
      const json = JSON.parse((await runCli('import', input, '--format', 'json')).stdout);
      expect(json.fields.number).toMatchObject({ value: '12/QCPH-MNHM', confidence: 'inferred' });
      expect(json.fields.number.checks[0]).toMatch(/^repaired/);
    });
  }

  it('refuses a text stripped of its Vietnamese letters, with one line and no output', async () => {
    const stripped = UNICODE_A.replace(/[^\x00-\x7f]/g, '');
    const input = path.join(dir, 'stripped.txt');
    const out = path.join(dir, 'stripped.xlsx');
    writeFileSync(input, stripped);
    const r = await runCli('import', input, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('đã mất gần hết chữ cái tiếng Việt');
    expect(r.stderr).toContain(input);
    expect(existsSync(out)).toBe(false);
  });

  it('still imports Vietnamese written without marks (whole syllables, not fragments)', async () => {
    const unmarked = UNICODE_A.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    const input = path.join(dir, 'unmarked.txt');
    writeFileSync(input, unmarked);
    const r = await runCli('import', input, '-o', path.join(dir, 'unmarked.xlsx'));
    expect(r.stderr).not.toContain('chữ cái tiếng Việt');
    expect(r.code).toBe(0);
  });
});
