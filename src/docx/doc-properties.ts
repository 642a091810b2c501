// A Word 97 file's properties as this reader needs them, from their sprms: each sprm of a grpprl
// (paragraph, character or style exceptions), a paragraph's in a table, end of a row, style and
// vertical merges, and the stylesheet's paragraph styles shown in capitals.

export const SPRM_IN_TABLE = 0x2416;
export const SPRM_TTP = 0x2417;
export const SPRM_TDEF_TABLE = 0xd608;
export const SPRM_TVERT_MERGE = 0xd62b;
export const SPRM_HUGE_PAPX = 0x6646;
const SPRM_CHG_TABS = 0xc615;
export const SPRM_CAPS = 0x083b;
export const SPRM_SMALL_CAPS = 0x083a;

/** Each sprm of a grpprl with its operand's offset; stops at one it cannot size. */
export function* sprms(b: Uint8Array, start: number, end: number): Generator<[number, number]> {
  let at = start;
  while (at + 2 <= end) {
    const sprm = b[at] | (b[at + 1] << 8);
    at += 2;
    const spra = sprm >> 13;
    yield [sprm, at];
    let size = [1, 1, 2, 4, 2, 2, 0, 3][spra];
    if (spra === 6) {
      if (sprm === SPRM_TDEF_TABLE) size = 2 + ((b[at] | (b[at + 1] << 8)) - 1);
      else size = 1 + b[at];
      if (sprm === SPRM_CHG_TABS && b[at] === 255) return;
    }
    at += size;
  }
}

export interface ParagraphProps {
  inTable: boolean;
  /** The end of a table's row, which holds the row's properties. */
  ttp: boolean;
  istd: number;
  /** A row's cells (by index) merged with the cell above (1) or opening cells merged down (3); 0 neither. */
  vertMerge?: number[];
}

/**
 * A row's vertical merges, from its TDefTable (each cell's TC80 says it in bits 5–6 of its flags)
 * or a TVertMerge (one cell's index and its merge).
 */
export function verticalMerges(props: ParagraphProps, b: Uint8Array, sprm: number, o: number, end: number) {
  if (sprm === SPRM_TVERT_MERGE) {
    if (o + 3 > end || b[o] !== 2) return;
    (props.vertMerge ??= [])[b[o + 1]] = b[o + 2];
    return;
  }
  const cells = b[o + 2];
  const tcs = o + 3 + 2 * (cells + 1);
  const merges = props.vertMerge ?? [];
  for (let k = 0; k < cells && tcs + 20 * k + 2 <= end; k++)
    merges[k] = ((b[tcs + 20 * k] | (b[tcs + 20 * k + 1] << 8)) >> 5) & 3;
  props.vertMerge = merges;
}

/**
 * The paragraph styles (by istd) that show their text in capitals, through istdBase: the
 * stylesheet's STDs, each with its name and its property exceptions (paragraph, then character).
 */
export function capitalStyles(table: Uint8Array, fc: number, lcb: number): Set<number> {
  const caps = new Map<number, { base: number; caps: number | undefined }>();
  if (lcb < 2 || fc + lcb > table.length) return new Set();
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const end = fc + lcb;
  const cbStshi = t.getUint16(fc, true);
  const cstd = t.getUint16(fc + 2, true);
  const cbBase = t.getUint16(fc + 4, true);
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
    const cb = t.getUint16(at, true);
    const std = at + 2;
    at = std + cb;
    if (!cb || at > end) continue;
    const stk = table[std + 2] & 0x0f;
    const base = t.getUint16(std + 2, true) >> 4;
    const cupx = table[std + 4] & 0x0f;
    let u = std + cbBase;
    u += 2 + 2 * t.getUint16(u, true) + 2; // the name, and its terminating zero
    let found: number | undefined;
    for (let k = 0; k < cupx && u + 2 <= at; k++) {
      const size = t.getUint16(u, true);
      const upx = u + 2;
      // A paragraph style's first exception is its paragraph's (istd first), the next its characters'.
      if (!(stk === 1 && k === 0))
        for (const [sprm, o] of sprms(table, upx, Math.min(upx + size, at)))
          if (sprm === SPRM_CAPS || sprm === SPRM_SMALL_CAPS) found = table[o];
      u = upx + size + (size % 2);
    }
    if (stk === 1) caps.set(istd, { base, caps: found });
  }
  const out = new Set<number>();
  for (const istd of caps.keys()) {
    // Up through the bases (0x0fff: none), a loop ends at the first style seen twice.
    const seen = new Set<number>();
    for (let s = caps.get(istd); s && !seen.has(s.base); s = caps.get(s.base)) {
      seen.add(s.base);
      if (s.caps !== undefined) {
        if (s.caps === 1) out.add(istd);
        break;
      }
    }
  }
  return out;
}
