// The language files hold every sentence a user reads: the same keys and placeholders in both,
// no text written inline elsewhere, no key typed past the checker, no English in a Vietnamese sentence.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTemplate, interpolate, isMessageKey, msg, t, UserError } from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { vi } from '../../src/core/i18n/vi';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full === path.join('src', 'core', 'i18n') ? [] : sourceFiles(full);
    return /\.(ts|html)$/.test(name) ? [full] : [];
  });
}

// A `{ vi: '…', en: '…' }` written in code (any quote), and a cast that steps around the key type.
const INLINE_PAIR = /\bvi\s*:\s*['"`]/;
const KEY_CAST = /\bas\s+MessageKey\b/;

describe('message catalogues', () => {
  it('vi and en hold the same keys, with the same placeholders', () => {
    const viKeys = Object.keys(vi);
    const enKeys = Object.keys(en);
    expect(
      viKeys.filter((k) => !enKeys.includes(k)),
      'in vi.ts only',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !viKeys.includes(k)),
      'in en.ts only',
    ).toEqual([]);
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('the checks below catch what they are meant to', () => {
    expect(INLINE_PAIR.test("detail: { vi: 'không phải tệp', en: 'not a file' }")).toBe(true);
    expect(INLINE_PAIR.test('what: { vi: `-o ${x}`, en: `-o ${y}` }')).toBe(true);
    expect(INLINE_PAIR.test("message: { vi: t('vi', key), en: t('en', key) }")).toBe(false);
    expect(KEY_CAST.test('t(lang, `batch.kind.${kind}` as MessageKey)')).toBe(true);
  });

  it('no source file outside src/core/i18n writes a {vi, en} pair inline or casts to MessageKey', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (INLINE_PAIR.test(line) || KEY_CAST.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('every data-i18n key in the pane pages is a message', () => {
    for (const file of sourceFiles('src/pane').filter((f) => f.endsWith('.html'))) {
      const keys = [...readFileSync(file, 'utf8').matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]);
      expect(
        keys.filter((k) => !isMessageKey(k)),
        file,
      ).toEqual([]);
    }
  });
});

// A Vietnamese syllable written without marks ("cho", "tin", "thang"), as opposed to an English word.
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(?:uye|uya|oai|oay|oeo|uoi|uou|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|ie|oo|[aeiouy])' +
    '(?:ng|nh|ch|[cmnpt]|[iyou])?$',
  'i',
);
// Names a Vietnamese clerk reads as they are: products, formats, units, keys, code values the user types.
const NAMES = new Set(
  (
    'Excel Word Office LibreOffice Unicode UTF TCVN VNI JSON PDF RTF MB KB STT Enter Ctrl ExcelApi phoihop PHOIHOP DEBUG ' +
    'HTML true false null N T vi en stylish json sarif text template validate track import batch rules renew ' +
    // OCR of scans (issue 28): the programs and the systems they install on.
    'OCR Tesseract Poppler Debian Ubuntu Windows PATH dpi'
  ).split(' '),
);

function englishWords(text: string): string[] {
  const stripped = text
    .replace(/\{\{\s*[\w.]+\s*\}\}/g, ' ') // placeholders
    .replace(/"[^"]*"/g, ' ') // quoted values, field names, commands
    .replace(/--?[\w-]+/g, ' ') // options
    .replace(/\.\w+/g, ' '); // file extensions
  const words = (stripped.match(/\p{L}+/gu) ?? []).filter((w) => /^[A-Za-z]+$/.test(w));
  return words.filter((w) => !NAMES.has(w) && !SYLLABLE.test(w));
}

describe('Vietnamese text', () => {
  it('the word check tells English from Vietnamese written without marks', () => {
    expect(englishWords('tệp nén hỏng (no end of central directory)')).toEqual(['end', 'of', 'central', 'directory']);
    expect(englishWords('phải viết kiểu kebab case')).toEqual(['kebab', 'case']);
    expect(englishWords('Cho tin thang nay, xem "cadences" trong Excel')).toEqual([]);
  });

  it('holds no English word in a Vietnamese sentence', () => {
    const found = Object.entries(vi)
      .map(([key, text]) => [key, englishWords(text)] as const)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => `${key}: ${words.join(' ')}`);
    expect(found).toEqual([]);
  });

  it("a library's own words go to the English text only", () => {
    const e = new UserError('input.notXlsx', {
      file: 'a.xlsx',
      detail: msg('detail.damagedZip', {}, 'no end of central directory'),
    });
    expect(e.text('vi')).toBe('Tệp a.xlsx không phải tệp Excel .xlsx hợp lệ (tệp nén bị hỏng).');
    expect(e.text('en')).toBe('File a.xlsx is not a valid .xlsx workbook (damaged zip (no end of central directory)).');
    // Nested messages take the outer language too.
    const what = msg('cli.what.option', { option: '-o', value: msg('cli.value.outXlsx') });
    expect(t('vi', 'cli.missingArgument', { command: 'track', what })).toBe('Lệnh track cần -o RA.xlsx.');
    expect(t('en', 'cli.missingArgument', { command: 'track', what })).toMatch(/-o OUT\.xlsx/);
  });
});

describe('message templates', () => {
  const capacity = 'nên ký "TM.", hiện ghi "{{capacity}}".';

  it('a blank quoted value reads as the blank word, without the quotes', () => {
    expect(interpolate(capacity, { capacity: '' }, 'vi')).toBe('nên ký "TM.", hiện chưa ghi.');
    expect(interpolate(capacity, { capacity: '   ' }, 'vi')).toBe('nên ký "TM.", hiện chưa ghi.');
    expect(interpolate("Mã bên “{{code}}” và '{{name}}'", { code: '', name: [] }, 'vi')).toBe(
      'Mã bên chưa ghi và chưa ghi',
    );
    expect(interpolate('now "{{capacity}}".', { capacity: '' }, 'en')).toBe('now not filled in.');
    expect(vi['value.blank']).toBe('chưa ghi');
    expect(en['value.blank']).toBe('not filled in');
  });

  it('a filled value, an unquoted blank and a template without a language are unchanged', () => {
    expect(interpolate(capacity, { capacity: 'KT.' }, 'vi')).toBe('nên ký "TM.", hiện ghi "KT.".');
    expect(interpolate('now "{{capacity}}".', { capacity: 'Q.' }, 'en')).toBe('now "Q.".');
    expect(interpolate('dòng {{row}} ({{note}})', { row: 3, note: '' }, 'vi')).toBe('dòng 3 ()');
    expect(compileTemplate('"{{code}}"')({ code: '' })).toBe('""');
    expect(interpolate('"{{missing}}"', {}, 'vi')).toBe('"{{missing}}"');
    // A quote ending the value before is not the template's own quote.
    expect(interpolate('{{a}}{{b}}"', { a: 'x"', b: '' }, 'vi')).toBe('x""');
  });

  it('catalogue messages take the same care', () => {
    const data = { file: 'a.xlsx', sheet: '', column: 'Mã bên', row: 1 };
    expect(t('vi', 'input.missingColumn', data)).not.toMatch(/""/);
    expect(t('vi', 'input.missingColumn', data)).toContain('chưa ghi');
    expect(t('en', 'input.missingColumn', data)).toContain('not filled in');
  });
});
