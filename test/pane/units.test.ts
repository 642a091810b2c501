// Small pieces of the pane that need no browser: language choice and the upload checks.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkUploadedXlsx } from '../../src/browser/check-bytes';
import { UserError } from '../../src/core/i18n';
import { checkXlsxBytes } from '../../src/node/files';
import { initialLang, saveLang, savedLang } from '../../src/pane/lang';
import { findingKeys } from '../../src/pane/findings-view';
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
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
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
    const f = { ruleId: 'r', messageId: 'default', sheet: 'S', cell: 'A1', entity: 'x', severity: 'error' as const, row: 1, message: { vi: '', en: '' } };
    const keys = findingKeys([f, { ...f, cell: 'A2' }, f]);
    expect(new Set(keys).size).toBe(3);
    expect(findingKeys([f])[0]).toBe(keys[0]);
  });
});
