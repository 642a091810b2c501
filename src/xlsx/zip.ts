// A minimal .zip writer for generated packages. Deflate runs natively: in Node, node:zlib's
// synchronous deflate (a CompressionStream costs about a millisecond of set-up each, more than
// deflating a small part, and Node's keeps the main thread busy longer than deflating a large one
// there: writing an imported 1,000-clause regulation's workbook took 3–5 ms longer with its three
// large parts streamed); in browsers and WebView2 a CompressionStream each; in JavaScript (fflate)
// where neither exists. Only what an .xlsx or .docx needs: no zip64, no encryption, UTF-8 names.
import { Deflate, strToU8 } from 'fflate';
import { joinBytes as join } from '../core/bytes';

export interface ZipEntry {
  name: string;
  /** The content, whole or in parts (a large sheet comes in parts, never copied into one array). */
  data: Uint8Array | Uint8Array[];
  /** Its deflated bytes, when deflating began as soon as the part was made (see deflateEarly). */
  deflated?: Promise<Uint8Array>;
}

const partsOf = (data: Uint8Array | Uint8Array[]) => (Array.isArray(data) ? data : [data]);
const sizeOf = (data: Uint8Array | Uint8Array[]) => partsOf(data).reduce((n, p) => n + p.length, 0);

let CRC_TABLE: Uint32Array | undefined;
function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

type Crc = (data: Uint8Array, value?: number) => number;
type SyncDeflate = (data: Uint8Array) => Uint8Array;
type SyncInflate = (data: Uint8Array, options: { maxOutputLength: number; chunkSize?: number }) => Uint8Array;
/** The part of node:zlib's DeflateRaw stream used here. */
interface DeflateStream {
  reset(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(data: Uint8Array): void;
}
export interface HostZlib {
  crc32?: Crc;
  deflateRawSync?: SyncDeflate;
  createDeflateRaw?: (options: { chunkSize: number }) => DeflateStream;
  inflateRawSync?: SyncInflate;
}

// Node's zlib reached without importing node: (this layer also runs in the pane);
// process.getBuiltinModule is in Node ≥ 20.16, zlib.crc32 in Node ≥ 20.15. Its crc32 is native:
// the JavaScript loop below took about a tenth of writing an imported regulation's workbook.
let HOST_ZLIB: HostZlib | undefined;
export function hostZlib(): HostZlib {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return (HOST_ZLIB ??= (host?.getBuiltinModule?.('node:zlib') as HostZlib | undefined) ?? {});
}

/** `portable`: the JavaScript loop even where the host has its own (tests compare both). */
export function crc32(data: Uint8Array | Uint8Array[], portable = false): number {
  const host = portable ? null : hostZlib().crc32;
  if (host) {
    let c = 0;
    for (const part of partsOf(data)) c = host(part, c);
    return c >>> 0;
  }
  const table = (CRC_TABLE ??= crcTable());
  let c = 0xffffffff;
  for (const part of partsOf(data)) for (let i = 0; i < part.length; i++) c = table[(c ^ part[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Native = (data: Uint8Array[]) => Promise<Uint8Array>;

/**
 * Parts under this size go through the host's synchronous deflate when there is one, joined into
 * one array first; a larger one is streamed in its parts, never copied whole.
 */
const SYNC_PART = 16 * 1024 * 1024;

/**
 * Parts of at least this size are deflated on Node's thread pool (node:zlib's DeflateRaw stream), while
 * the main thread goes on making the package: an imported 1,000-clause regulation's four large
 * parts (1.5 MB of XML) took a third of writing its workbook to deflate on the main thread.
 */
const POOL_PART = 64 * 1024;

/** Room for a large part's deflated bytes in one piece: XML deflates to a tenth or less. */
const POOL_OUTPUT = 64 * 1024;

let CORES: number | undefined;
/** The cores the host may run this process on (Node's os.availableParallelism); 1 where it cannot tell. */
function cores(): number {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const os = host?.getBuiltinModule?.('node:os') as { availableParallelism?: () => number } | undefined;
  return (CORES ??= os?.availableParallelism?.() ?? 1);
}

function poolDeflate(data: Uint8Array): Promise<Uint8Array> | null {
  const create = hostZlib().createDeflateRaw;
  // On one core the pool's thread only takes turns with this one, and the hand-over costs more
  // than it saves (writing the 1,000-clause workbook 10% slower).
  if (!create || cores() < 2) return null;
  return new Promise((resolve, reject) => {
    const stream = create({ chunkSize: POOL_OUTPUT });
    // zlib's state made here, not on the pool's thread: there each part's 300 KB came from a
    // thread's own heap, given back to the system when freed and faulted in afresh each time.
    stream.reset();
    const out: Uint8Array[] = [];
    stream.on('data', (chunk) => out.push(chunk));
    stream.on('end', () => resolve(join(out)));
    stream.on('error', reject);
    stream.end(data);
  });
}

/**
 * The entry with its deflating begun now when it is large and the host deflates off the main
 * thread; zipEntries waits for it. A writer calls this as each large part is made.
 */
export function deflateEarly(entry: ZipEntry): ZipEntry {
  if (entry.deflated) return entry;
  const size = sizeOf(entry.data);
  if (size < POOL_PART || size >= SYNC_PART) return entry;
  const deflated = poolDeflate(join(partsOf(entry.data)));
  return deflated ? { ...entry, deflated } : entry;
}

function nativeDeflate(): Native | null {
  const CS = (globalThis as { CompressionStream?: new (format: string) => TransformStream<Uint8Array, Uint8Array> })
    .CompressionStream;
  if (!CS) return null;
  try {
    new CS('deflate-raw');
  } catch {
    return null;
  }
  return async (data) => {
    const stream = new CS('deflate-raw');
    const writer = stream.writable.getWriter();
    void (async () => {
      for (const part of data) await writer.write(part);
      await writer.close();
    })();
    const chunks: Uint8Array[] = [];
    const reader = stream.readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    return join(chunks);
  };
}

function deflateParts(data: Uint8Array[], level: NonNullable<ZipOptions['level']>): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level }, (chunk) => out.push(chunk));
  data.forEach((part, i) => deflate.push(part, i === data.length - 1));
  if (data.length === 0) deflate.push(new Uint8Array(0), true);
  return join(out);
}

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export interface ZipOptions {
  mtime?: Date;
  /** fflate's level when deflating in JavaScript (the native path uses zlib's default). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Force the JavaScript deflate (tests compare both paths). */
  portable?: boolean;
}

/** Pack entries in order into a .zip (deflated). */
export async function zipEntries(entries: ZipEntry[], options: ZipOptions = {}): Promise<Uint8Array> {
  const sync = options.portable ? undefined : hostZlib().deflateRawSync;
  const level = options.level ?? 6;
  // Probed only when a part goes that way: the probe makes a CompressionStream, whose set-up costs more than a small part.
  let native: Native | null | undefined = options.portable ? null : undefined;
  // The large parts first, on the thread pool, while the small ones are deflated here.
  const started = options.portable ? entries : entries.map(deflateEarly);
  const compressed = await Promise.all(
    started.map((e) => {
      if (e.deflated) return e.deflated;
      const parts = partsOf(e.data);
      if (sync && sizeOf(parts) < SYNC_PART) return Promise.resolve(sync(join(parts)));
      if (native === undefined) native = nativeDeflate();
      return native ? native(parts) : Promise.resolve(deflateParts(parts, level));
    }),
  );
  const { time, date } = dosTime(options.mtime ?? new Date());
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = strToU8(entry.name);
    const data = compressed[i];
    const crc = crc32(entry.data, options.portable);
    const size = sizeOf(entry.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 8, true); // deflate
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true); // made by
    dv.setUint16(6, 20, true);
    dv.setUint16(8, 0x0800, true);
    dv.setUint16(10, 8, true);
    dv.setUint16(12, time, true);
    dv.setUint16(14, date, true);
    dv.setUint32(16, crc, true);
    dv.setUint32(20, data.length, true);
    dv.setUint32(24, size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, data);
    central.push(dir);
    offset += local.length + data.length;
  });
  let centralSize = 0;
  for (const c of central) centralSize += c.length;
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return join([...parts, ...central, end]);
}
