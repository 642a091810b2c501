// The core's SHA-256 and UTF-8 encoder against Node's own.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../src/core/sha256';

const nodeHash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto at every padding boundary and on random bytes', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(randomBytes(n));
      expect(sha256Hex(bytes)).toBe(nodeHash(bytes));
    }
    const big = new Uint8Array(randomBytes(1_000_003));
    expect(sha256Hex(big)).toBe(nodeHash(big));
  });

  it('hashes text as UTF-8, Vietnamese and astral characters included', () => {
    for (const text of ['Quy chế phối hợp năm học 2024-2025', 'Quy che\u0302\u0301', '✓ Đã làm', '𝐀😀 ∑', 'a\u0000b']) {
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(sha256Hex(text)).toBe(nodeHash(text));
    }
  });

  it('encodes a lone surrogate as U+FFFD, as TextEncoder does', () => {
    expect(Array.from(utf8('a\uD800b'))).toEqual(Array.from(new TextEncoder().encode('a\uD800b')));
  });
});
