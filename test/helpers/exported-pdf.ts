// A regulation as the office receives it on paper or signed: its workbook written, then exported
// by `phoihop export --pdf` (the .docx, and LibreOffice's PDF of it), as a school would.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { runCli } from './cli';

export interface ExportedPdf {
  xlsx: string;
  docx: string;
  pdf: string;
  /** What the export said on stderr (the font note, when the machine lacks Times New Roman). */
  stderr: string;
}

/** `<dir>/<name>.xlsx` of `content` (the worked example by default), exported to `<name>.docx` and `<name>.pdf`. */
export async function exportedPdf(dir: string, name = 'vi-du', content?: WorkbookContent): Promise<ExportedPdf> {
  const at = (ext: string) => path.join(dir, `${name}.${ext}`);
  writeFileSync(at('xlsx'), await writeRegulationWorkbook(content ?? exampleContent()));
  const r = await runCli('export', at('xlsx'), '-o', at('docx'), '--pdf', at('pdf'));
  expect(r.code, r.stderr).toBe(0);
  return { xlsx: at('xlsx'), docx: at('docx'), pdf: at('pdf'), stderr: r.stderr };
}
