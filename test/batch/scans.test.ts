// batch reads a scanned PDF in the folder through OCR, as `import` does, when tesseract with its
// Vietnamese data is installed: the row is a regulation read by OCR, with its pages and its
// Kiểm tra lại count. One budget bounds the OCR of the whole run; a scan left when it is spent
// says so. Without tesseract, the one line saying how to get it; with --ocr-budget 0, the scan's
// line as before. The scan is made here: the worked example exported to PDF, its pages rendered
// to pictures and put back together as an image-only PDF.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { ensureBuilt, runChild } from '../helpers/child-cli';
import { runCli, tempDir } from '../helpers/cli';
import { exportedPdf } from '../helpers/exported-pdf';
import { scanOf } from '../helpers/scanned-pdf';

const dir = tempDir('phoihop-batch-scans-');
const at = (...parts: string[]) => path.join(dir, ...parts);
const content = exampleContent();

interface Row {
  file: string;
  kind: string;
  number: string;
  school: string;
  counts: Record<string, number>;
  document: { format: string; path: string; pages?: number; ocr?: boolean; toCheck: number } | null;
}

beforeAll(async () => {
  ensureBuilt();
  await exportedPdf(dir, 'vi-du', content);
  mkdirSync(at('nop'), { recursive: true });
  scanOf(at('vi-du.pdf'), at('nop', 'ban-quet.pdf'), 300);
  mkdirSync(at('hai'), { recursive: true });
  for (const name of ['a.pdf', 'b.pdf']) copyFileSync(at('nop', 'ban-quet.pdf'), at('hai', name));
});

describe('batch over a folder with a scanned PDF', () => {
  it('reads it by OCR when tesseract is installed: a regulation row marked as read by OCR, with its Kiểm tra lại count', async () => {
    // Generous per-file limits: the machine may be busy (the budget is tested below).
    const args = ['--ocr-seconds', '1000', '--as-of', '01/11/2026'];
    const r = await runCli('batch', at('nop'), '--format', 'json', ...args);
    expect(r.stderr).toMatch(/Nhận dạng chữ \(OCR\) 1\/1 bản quét trong \d+ giây \(giới hạn 600 giây cho cả lượt\)/);
    const row: Row = JSON.parse(r.stdout).files[0];
    expect(row).toMatchObject({ file: 'ban-quet.pdf', kind: 'regulation', number: content.document.number });
    expect(row.document).toMatchObject({ format: 'pdf', path: 'ban-quet.pdf', ocr: true });
    expect(row.document!.pages).toBeGreaterThan(1);
    // Every value OCR read is to be checked.
    expect(row.document!.toCheck).toBeGreaterThan(10);
    const csv = await runCli('batch', at('nop'), '--format', 'csv', ...args);
    expect(csv.stdout).toMatch(
      new RegExp(
        `Đọc từ văn bản pdf; ${row.document!.pages} trang; đọc bằng nhận dạng chữ từ ảnh quét; ${row.document!.toCheck} giá trị cần Kiểm tra lại`,
      ),
    );
  });

  it('within one budget for the run: a scan left when it is spent keeps its row, saying so', async () => {
    const r = await runCli('batch', at('hai'), '--format', 'json', '--ocr-budget', '1');
    const rows: Array<Row & { findings: Array<{ message: string }> }> = JSON.parse(r.stdout).files;
    expect(rows.map((x) => x.file).sort()).toEqual(['a.pdf', 'b.pdf']);
    for (const row of rows) {
      expect(row.kind, row.file).toBe('unreadable');
      expect(row.findings[0].message, row.file).toContain(
        'chưa được nhận dạng chữ (OCR): đã hết 1 giây dành cho OCR của cả lượt kiểm tra',
      );
    }
    expect(r.stderr).toContain('Nhận dạng chữ (OCR) 0/2 bản quét');
    expect(r.code).toBe(1);
  });

  it('without tesseract: the one line saying it is a scan and how to get OCR; with --ocr-budget 0, no OCR', async () => {
    const empty = at('khong-co-chuong-trinh');
    mkdirSync(empty, { recursive: true });
    const none = await runChild(['batch', at('nop'), '--format', 'csv'], { env: { PATH: empty } });
    const line = none.stdout.split('\n').find((l) => l.includes('ban-quet.pdf'))!;
    expect(line).toContain('là bản quét (');
    expect(line).toContain('tesseract-ocr-vie');
    expect(none.stderr).not.toMatch(/\bat \w+ \(/);
    const off = await runCli('batch', at('nop'), '--format', 'csv', '--ocr-budget', '0');
    expect(off.stdout).toContain('cần nhận dạng chữ trên ảnh bằng dòng lệnh');
    expect(off.stderr).not.toContain('Nhận dạng chữ (OCR)');
  });

  it('a scan beside its workbook, not read: its Khớp sổ quy chế is left empty (no text to compare), not "Không"', async () => {
    mkdirSync(at('kem-so'), { recursive: true });
    copyFileSync(at('nop', 'ban-quet.pdf'), at('kem-so', 'ban-quet.pdf'));
    copyFileSync(at('vi-du.xlsx'), at('kem-so', 'so.xlsx'));
    const r = await runCli('batch', at('kem-so'), '--format', 'json', '--ocr-budget', '0');
    const rows: Array<Row & { signature: { signatures: number; contentMatches: boolean | null } }> = JSON.parse(
      r.stdout,
    ).files;
    const scan = rows.find((x) => x.file === 'ban-quet.pdf')!;
    expect(scan.signature).toMatchObject({ signatures: 0, contentMatches: null });
  });

  it('a bad --ocr-budget is bad usage', async () => {
    const r = await runCli('batch', at('nop'), '--format', 'json', '--ocr-budget', 'mot');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ocr-budget');
  });
});
