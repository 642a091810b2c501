// Which fonts a PDF embeds (its /BaseFont names, subset prefix and style dropped), and whether
// Times New Roman, the font Nghị định 30 asks for, was replaced: LibreOffice takes Liberation
// Serif (or Tinos) on a machine without it, fonts made with the same metrics, so lines and pages
// break as they would in Times New Roman; any other substitute may move them.
const BASE_FONT = /\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9#_.-]+)/g;
const METRIC_TWINS = /^(liberationserif|tinos)$/;
const TIMES = /^timesnewroman/;

const family = (name: string) =>
  name
    .replace(/#20/g, '')
    .replace(/[,-](bold|italic|bolditalic|regular|boldmt|italicmt|bolditalicmt|psmt|mt)$/i, '')
    .replace(/(ps)?mt$/i, '');

/** The font families a PDF embeds, in order of first use. */
export function embeddedFonts(pdf: Uint8Array): string[] {
  let text = '';
  for (let i = 0; i < pdf.length; i += 8192) text += String.fromCharCode(...pdf.subarray(i, i + 8192));
  const seen = new Set<string>();
  for (const m of text.matchAll(BASE_FONT)) seen.add(family(m[1]));
  return [...seen];
}

export interface FontSubstitution {
  font: string;
  /** Same metrics as Times New Roman: the layout is unchanged. */
  sameMetrics: boolean;
}

/** The font used instead of Times New Roman, when the PDF has none of it; else null. */
export function timesSubstitute(fonts: string[]): FontSubstitution | null {
  const key = (f: string) => f.toLowerCase().replace(/[^a-z]/g, '');
  if (fonts.length === 0 || fonts.some((f) => TIMES.test(key(f)))) return null;
  const twin = fonts.find((f) => METRIC_TWINS.test(key(f)));
  const font = twin ?? fonts.find((f) => !/symbol|wingding|opensymbol/i.test(f)) ?? fonts[0];
  return { font: font.replace(/([a-z])([A-Z])/g, '$1 $2'), sameMetrics: !!twin };
}
