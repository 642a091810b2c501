// An OLE compound file (the container of a Word 97 .doc) → its streams by name, bytes in, for
// Node and the browser alike. Only what a .doc needs: the sector and short-sector chains and the
// directory. Every chain is bounded by the file's own size, so a crafted loop or a declared
// size past the end is damage, said in one line, never a hang or a huge allocation.

export class CompoundFileDamaged extends Error {}

export interface CompoundFile {
  /** Names of every stream and storage (macros live in "Macros" or "_VBA_PROJECT_CUR"). */
  names: string[];
  /** The stream of that name (the first found, at any depth), or null. */
  stream(name: string): Uint8Array | null;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512) throw new CompoundFileDamaged('shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => {
    if (at + 4 > bytes.length) throw new CompoundFileDamaged('read past the end');
    return view.getUint32(at, true);
  };
  const sectorShift = view.getUint16(30, true);
  const miniShift = view.getUint16(32, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CompoundFileDamaged('sector size');
  if (miniShift !== 6) throw new CompoundFileDamaged('short sector size');
  const sectorSize = 1 << sectorShift;
  const sectors = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sectorAt = (id: number) => {
    if (id >= sectors) throw new CompoundFileDamaged('sector past the end');
    return 512 + id * sectorSize;
  };

  // The sector allocation table, from the header's 109 entries and the DIFAT chain after them.
  const fatSectors: number[] = [];
  const fatCount = u32(44);
  if (fatCount > sectors) throw new CompoundFileDamaged('allocation table larger than the file');
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(76 + 4 * i));
  for (let d = u32(68), hops = 0; d !== END_OF_CHAIN && d !== FREE && fatSectors.length < fatCount; hops++) {
    if (hops > sectors) throw new CompoundFileDamaged('DIFAT loop');
    const at = sectorAt(d);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatCount; i++) fatSectors.push(u32(at + 4 * i));
    d = u32(at + per * 4);
  }
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((s, i) => {
    const at = sectorAt(s);
    for (let k = 0; k < sectorSize / 4; k++) fat[i * (sectorSize / 4) + k] = u32(at + 4 * k);
  });

  /** A chain's bytes; `size` when known, else every sector of the chain. */
  const chain = (start: number, table: Uint32Array, unit: number, read: (id: number) => number, limit: number) => {
    const ids: number[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = table[s]) {
      if (s >= table.length || ids.length >= limit) throw new CompoundFileDamaged('broken chain');
      ids.push(s);
    }
    const out = new Uint8Array(ids.length * unit);
    ids.forEach((id, i) => {
      const at = read(id);
      if (at + unit > bytes.length) throw new CompoundFileDamaged('sector past the end');
      out.set(bytes.subarray(at, at + unit), i * unit);
    });
    return out;
  };
  const big = (start: number) => chain(start, fat, sectorSize, sectorAt, sectors);

  // The directory: 128-byte entries; the root entry (0) holds the short-sector stream.
  const dir = big(u32(48));
  const dirView = new DataView(dir.buffer);
  interface Entry {
    name: string;
    type: number;
    start: number;
    size: number;
  }
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= dir.length; at += 128) {
    const nameBytes = Math.min(dirView.getUint16(at + 64, true), 64);
    let name = '';
    for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(dirView.getUint16(at + i, true));
    entries.push({
      name,
      type: dir[at + 66],
      start: dirView.getUint32(at + 116, true),
      size: dirView.getUint32(at + 120, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CompoundFileDamaged('no root entry');
  const cutoff = u32(56);
  const miniFatStart = u32(60);
  let miniFat: Uint32Array | null = null;
  let ministream: Uint8Array | null = null;
  const mini = (start: number) => {
    if (!miniFat) {
      const raw = miniFatStart === END_OF_CHAIN ? new Uint8Array(0) : big(miniFatStart);
      miniFat = new Uint32Array(raw.buffer, 0, raw.length / 4);
      ministream = root.start === END_OF_CHAIN ? new Uint8Array(0) : big(root.start);
    }
    return readMini(start, miniFat, ministream!);
  };
  const readMini = (start: number, table: Uint32Array, stream: Uint8Array) => {
    const parts: Uint8Array[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = table[s]) {
      if (s >= table.length || parts.length > stream.length / 64 || (s + 1) * 64 > stream.length)
        throw new CompoundFileDamaged('broken short chain');
      parts.push(stream.subarray(s * 64, s * 64 + 64));
    }
    const out = new Uint8Array(parts.length * 64);
    parts.forEach((p, i) => out.set(p, i * 64));
    return out;
  };

  return {
    names: entries.filter((e) => e.type === 1 || e.type === 2).map((e) => e.name),
    stream(name) {
      const e = entries.find((x) => x.type === 2 && x.name === name);
      if (!e) return null;
      // A declared size past the file's own is damage or a trap: never allocate for it.
      if (e.size > bytes.length) throw new CompoundFileDamaged('stream larger than the file');
      const data = e.size < cutoff ? mini(e.start) : big(e.start);
      if (data.length < e.size) throw new CompoundFileDamaged('stream cut short');
      return data.subarray(0, e.size);
    },
  };
}
