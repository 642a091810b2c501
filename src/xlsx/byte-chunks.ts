// A part written straight into bytes, a chunk at a time: markup, references and numbers are
// ASCII, text is encoded into its place. No string of a whole row, item or part is made to be
// encoded, and the zip writer takes the chunks as they are.

/** An ASCII text's bytes. */
export const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const UTF8 = new TextEncoder();

/** Bytes written in chunks of `size` (a chunk is larger when one piece needs it). */
export class ByteChunks {
  private readonly chunks: Uint8Array[] = [];
  private out: Uint8Array;
  private at = 0;
  constructor(private readonly size = 32 * 1024) {
    this.out = new Uint8Array(size);
  }
  /** Room for `n` more bytes in the chunk being written. */
  private room(n: number) {
    if (this.at + n <= this.out.length) return;
    if (this.at > 0) this.chunks.push(this.out.subarray(0, this.at));
    this.out = new Uint8Array(Math.max(this.size, n));
    this.at = 0;
  }
  /** ASCII texts only. */
  ascii(...texts: string[]) {
    for (const t of texts) {
      this.room(t.length);
      for (let i = 0; i < t.length; i++) this.out[this.at++] = t.charCodeAt(i);
    }
  }
  bytes(b: Uint8Array) {
    this.room(b.length);
    this.out.set(b, this.at);
    this.at += b.length;
  }
  /** Pieces kept together in one chunk: `before`, the text as UTF-8, `after`. */
  wrapped(before: Uint8Array, text: string, after: Uint8Array) {
    // At most three bytes a UTF-16 unit.
    this.room(before.length + 3 * text.length + after.length);
    this.out.set(before, this.at);
    this.at += before.length;
    this.at += UTF8.encodeInto(text, this.out.subarray(this.at)).written;
    this.out.set(after, this.at);
    this.at += after.length;
  }
  /** The bytes so far (writing may go on: what is returned stays as it is). */
  done(): Uint8Array[] {
    return this.at > 0 ? [...this.chunks, this.out.subarray(0, this.at)] : [...this.chunks];
  }
}
