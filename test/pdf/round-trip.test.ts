// export --pdf, imported back: the worked example and each real regulation of ../shared/seeds
// (imported, then completed as a clerk would, see ../export/complete.ts) are written to .docx,
// printed to PDF by LibreOffice as `export --pdf` does, and read back through the PDF's text
// layer. Every field the .docx round trip gives back comes back from the PDF too (the .docx
// round trip gives them all, so: every field), every signatory among them, and no more lines are
// left unplaced than from the .docx. The figures are printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { readDocumentBytes } from '../../src/docx/read-document';
import { complete } from '../export/complete';
import { compareModels, exportContent } from '../export/fidelity';
import { modelOf } from '../helpers/content-grids';
import { pdfsFromDocx } from '../helpers/pdf-convert';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

const cases = new Map<string, WorkbookContent>([['vi-du', exampleContent()]]);
for (const seed of seeds)
  cases.set(seed.replace(/\.txt$/, ''), complete(importText(readFileSync(path.join(SEEDS, seed), 'utf8')).content));

const docx = new Map<string, Uint8Array>();
let pdf = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const [name, content] of cases) docx.set(name, await exportContent(content));
  pdf = pdfsFromDocx(docx);
});

async function readBack(name: string, bytes: Uint8Array) {
  const doc = await readDocumentBytes(bytes, name);
  return { doc, back: importText(doc.text, { conversions: doc.conversions }) };
}

describe('export --pdf → import gives back what the .docx round trip gives', () => {
  it('has the seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it.each([...cases.keys()])('%s', async (name) => {
    const content = cases.get(name)!;
    const fromDocx = await readBack(`${name}.docx`, docx.get(name)!);
    const fromPdf = await readBack(`${name}.pdf`, pdf.get(name)!);
    expect(fromPdf.doc.format).toBe('pdf');
    expect(fromPdf.doc.pages).toBeGreaterThan(1);
    const viaDocx = compareModels(modelOf(content), modelOf(fromDocx.back.content));
    const viaPdf = compareModels(modelOf(content), modelOf(fromPdf.back.content));
    const signatories = (x: typeof fromPdf.back) => x.extraction.signatories.filter((s) => s.name).length;
    const unplaced = (x: typeof fromPdf.back) => x.extraction.unplaced.length;
    console.log(
      `[pdf round trip] ${name}: ${viaPdf.checked} fields, ${viaPdf.mismatches.length} differ (.docx: ${viaDocx.mismatches.length}); ` +
        `signatories ${signatories(fromPdf.back)} of ${content.blocks.signatories?.length ?? 0}; ` +
        `unplaced ${unplaced(fromPdf.back)} (.docx: ${unplaced(fromDocx.back)}); ${fromPdf.doc.setAside} header/footer lines set aside`,
    );
    const docxMisses = new Set(viaDocx.mismatches.map((m) => m.field));
    expect(viaPdf.mismatches.filter((m) => !docxMisses.has(m.field))).toEqual([]);
    expect(fromPdf.back.content.blocks.signatories).toEqual(fromDocx.back.content.blocks.signatories);
    expect(unplaced(fromPdf.back)).toBeLessThanOrEqual(unplaced(fromDocx.back));
  });

  it('says on which page each value was read', async () => {
    const { doc } = await readBack('vi-du.pdf', pdf.get('vi-du')!);
    const lines = doc.text.split('\n');
    expect(doc.pageOfLine).toHaveLength(lines.length);
    // The signatures are on page 2 of the worked example, its appendix on page 3 and after.
    expect(doc.pageOfLine![lines.indexOf('Trần Thị Lan')]).toBe(2);
    expect(doc.pageOfLine![lines.indexOf('PHÂN CÔNG THỰC HIỆN')]).toBe(3);
    expect(doc.pageOfLine![0]).toBe(1);
  });
});
