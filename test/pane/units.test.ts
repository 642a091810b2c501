// Small pieces of the pane that need no browser: language choice and the upload checks.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkUploadedXlsx } from '../../src/browser/check-bytes';
import { UserError } from '../../src/core/i18n';
import { checkXlsxBytes } from '../../src/node/files';
import { initialLang, saveLang, savedLang } from '../../src/pane/lang';
import { findingKeys } from '../../src/pane/findings-view';
import {
  describeRuleSet,
  RULE_FILE_LIMIT_KB,
  RULE_FILES_MAX,
  ruleFilesFromPicked,
  storedRuleFiles,
  storeRuleFiles,
} from '../../src/pane/office-rules';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { bigContent, xlsxOf } from '../office/workbooks';

describe('the pane’s language', () => {
  it('is Vietnamese unless the user chose English, the URL asks for it, or Office speaks English', () => {
    expect(initialLang({ saved: null, displayLanguage: null })).toBe('vi');
    expect(initialLang({ saved: null, displayLanguage: 'vi-VN' })).toBe('vi');
    expect(initialLang({ saved: null, displayLanguage: 'fr-FR' })).toBe('vi');
    expect(initialLang({ saved: null, displayLanguage: 'en-GB' })).toBe('en');
    expect(initialLang({ saved: 'vi', displayLanguage: 'en-US' })).toBe('vi');
    expect(initialLang({ query: '?lang=en', saved: 'vi', displayLanguage: null })).toBe('en');
  });

  it('remembers the choice, and survives storage that refuses', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveLang(storage, 'en');
    expect(savedLang(storage)).toBe('en');
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveLang(blocked, 'en')).not.toThrow();
    expect(savedLang(blocked)).toBeNull();
  });
});

describe('an uploaded file is refused as the CLI refuses it', () => {
  const refusal = (f: () => void) => {
    try {
      f();
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return { key: (e as UserError).key, vi: (e as UserError).text('vi') };
    }
  };
  const cases: Array<[string, Uint8Array]> = [
    ['text.xlsx', new TextEncoder().encode('không phải zip')],
    ['locked.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['doc.xlsx', zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') })],
    ['cut.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ];
  it.each(cases)('%s', (name, bytes) => {
    const browser = refusal(() => checkUploadedXlsx(bytes, name));
    expect(browser).not.toBeNull();
    expect(browser).toEqual(refusal(() => checkXlsxBytes(bytes, name)));
  });

  it('accepts a real workbook', async () => {
    const bytes = await xlsxOf(bigContent(5));
    expect(() => checkUploadedXlsx(bytes, 'ok.xlsx')).not.toThrow();
  });
});

describe('finding identity across checks', () => {
  it('is stable and tells exact repeats apart', () => {
    const f = {
      ruleId: 'r',
      messageId: 'default',
      sheet: 'S',
      cell: 'A1',
      entity: 'x',
      severity: 'error' as const,
      row: 1,
      message: { vi: '', en: '' },
    };
    const keys = findingKeys([f, { ...f, cell: 'A2' }, f]);
    expect(new Set(keys).size).toBe(3);
    expect(findingKeys([f])[0]).toBe(keys[0]);
  });
});

describe("the office's rule files in the pane", () => {
  const memory = () => {
    const store = new Map<string, string>();
    return {
      store,
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
  };
  const picked = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({
    name,
    size,
    text: async () => text,
  });
  const refusedWith = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  };

  it('takes the .json files among those picked, in name order, and refuses what cannot be a rules folder', async () => {
    const files = await ruleFilesFromPicked([
      picked('b.json', '{"id":"b"}'),
      picked('ghi-chu.txt', 'x'),
      picked('A.JSON', '{"id":"a"}'),
    ]);
    expect(files).toEqual([
      { file: 'A.JSON', text: '{"id":"a"}' },
      { file: 'b.json', text: '{"id":"b"}' },
    ]);
    const none = await refusedWith(ruleFilesFromPicked([picked('doc.txt', ''), picked('anh.png', '')]));
    expect(none.key).toBe('pane.rules.noJson');
    expect(none.text('vi')).toContain('doc.txt, anh.png');
    const big = await refusedWith(ruleFilesFromPicked([picked('lon.json', '{}', (RULE_FILE_LIMIT_KB + 1) * 1024)]));
    expect(big.text('vi')).toBe(
      `Tệp luật lon.json quá lớn (${RULE_FILE_LIMIT_KB + 1} KB; tối đa ${RULE_FILE_LIMIT_KB} KB).`,
    );
    const many = await refusedWith(
      ruleFilesFromPicked(Array.from({ length: RULE_FILES_MAX + 1 }, (_, i) => picked(`r${i}.json`, '{}'))),
    );
    expect(many.key).toBe('pane.rules.tooMany');
  });

  it('remembers the files, forgets them on reset, and ignores storage it did not write or cannot reach', () => {
    const storage = memory();
    const files = [{ file: 'a.json', text: '{"id":"party-has-signatory","severity":"off"}' }];
    expect(storeRuleFiles(storage, files)).toBe(true);
    expect(storedRuleFiles(storage)).toEqual(files);
    expect(storeRuleFiles(storage, [])).toBe(true);
    expect(storedRuleFiles(storage)).toBeNull();
    for (const junk of [
      'not json',
      '{"version":2,"files":[{"file":"a.json","text":"{}"}]}',
      '{"version":1,"files":"a.json"}',
      '{"version":1,"files":[{"file":1}]}',
    ]) {
      storage.store.set('phoihop.rules', junk);
      expect(storedRuleFiles(storage)).toBeNull();
    }
    const full = {
      ...memory(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storeRuleFiles(full, files)).toBe(false);
    expect(storeRuleFiles(null, files)).toBe(false);
  });

  it('describes the rules in use with the counts of rules on and off', () => {
    const builtin = describeRuleSet('vi', { files: [], rules: BUILTIN_RULES });
    expect(builtin.heading).toBe('Bộ luật: có sẵn');
    expect(builtin.detail).toBe(`Đang dùng ${BUILTIN_RULES.length} luật có sẵn của Phối hợp.`);
    const rules = BUILTIN_RULES.map((r, i) => (i < 2 ? { ...r, severity: 'off' as const } : r));
    const custom = describeRuleSet('en', {
      files: [
        { file: 'x.json', text: '' },
        { file: 'y.json', text: '' },
      ],
      rules,
    });
    expect(custom.heading).toBe("Rules: the office's own (2 files)");
    expect(custom.detail).toBe(
      `Using the office's own rules from 2 files: x.json, y.json. ${BUILTIN_RULES.length - 2} rules on, 2 off. Switched off: ${BUILTIN_RULES[0].id}, ${BUILTIN_RULES[1].id}.`,
    );
  });
});
