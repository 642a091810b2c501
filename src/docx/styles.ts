// Styles that show their text in capitals. A clerk often types a title in small letters and
// sets All Caps (or Small Caps) on it, in the run or in the paragraph's style; the reader sees
// "QUY CHẾ PHỐI HỢP" and so must the importer, whose headings and titles are capital lines.
// mammoth reports a run's own caps but not a style's, so styles.xml is read here.

import { elements, firstElement } from '../core/xml-scan';
import { attr, STYLE_DEPTH, valOf } from './numbering';

const OFF = new Set(['0', 'false', 'off']);

/** Whether a run-properties fragment turns capitals on (true), off (false) or says nothing. */
function capsIn(rPr: string): boolean | undefined {
  let said: boolean | undefined;
  for (const name of ['w:caps', 'w:smallCaps']) {
    if (!firstElement(rPr, name)) continue;
    const val = valOf(rPr, name);
    said = said || val === undefined || !OFF.has(val.toLowerCase());
  }
  return said;
}

/** Ids of the paragraph and character styles whose text shows in capitals, following basedOn. */
export function capitalStyles(stylesXml: string | undefined): Set<string> {
  const own = new Map<string, { caps?: boolean; basedOn?: string }>();
  if (!stylesXml) return new Set();
  for (const s of elements(stylesXml, 'w:style')) {
    const type = attr(s.attrs, 'w:type');
    const id = attr(s.attrs, 'w:styleId');
    if (!id || (type !== 'paragraph' && type !== 'character')) continue;
    const rPr = firstElement(s.body, 'w:rPr');
    own.set(id, { caps: rPr ? capsIn(rPr.body) : undefined, basedOn: valOf(s.body, 'w:basedOn') });
  }
  const out = new Set<string>();
  for (const start of own.keys()) {
    // A style says it or inherits it; a loop in basedOn, or a chain deeper than a real one, ends the walk.
    const seen = new Set<string>();
    for (
      let id: string | undefined = start;
      id && !seen.has(id) && seen.size < STYLE_DEPTH;
      id = own.get(id)?.basedOn
    ) {
      seen.add(id);
      const caps = own.get(id)?.caps;
      if (caps === undefined) continue;
      if (caps) out.add(start);
      break;
    }
  }
  return out;
}
