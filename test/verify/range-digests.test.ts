// The one-pass digests of the signatures' byte ranges equal each range's digest taken on its own,
// for nested ranges (signed twice in turn), a range that does not start at byte 0 (left to the
// plain digest) and two algorithms in one file.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rangeDigests, type RangeJob } from '../../src/core/signatures/range-digests';
import { nodeDigest } from '../../src/node/verify-file';

const alone = (bytes: Uint8Array, alg: string, [a, b, c, d]: number[]) =>
  new Uint8Array(
    createHash(alg)
      .update(bytes.subarray(a, a + b))
      .update(bytes.subarray(c, c + d))
      .digest(),
  );

describe('rangeDigests', () => {
  it('gives every range the digest it has alone, hashing the shared start once', async () => {
    const bytes = new Uint8Array(randomBytes(100_000));
    const jobs: RangeJob[] = [
      { algorithm: 'SHA-256', range: [0, 60_000, 61_000, 20_000] },
      { algorithm: 'SHA-256', range: [0, 30_000, 31_000, 10_000] },
      { algorithm: 'SHA-1', range: [0, 90_000, 91_000, 9_000] },
      { algorithm: 'SHA-256', range: [5, 10, 20, 30] },
    ];
    const digests = await rangeDigests(bytes, jobs, nodeDigest);
    expect(Buffer.from(digests.get(jobs[0])!)).toEqual(Buffer.from(alone(bytes, 'sha256', jobs[0].range)));
    expect(Buffer.from(digests.get(jobs[1])!)).toEqual(Buffer.from(alone(bytes, 'sha256', jobs[1].range)));
    expect(Buffer.from(digests.get(jobs[2])!)).toEqual(Buffer.from(alone(bytes, 'sha1', jobs[2].range)));
    expect(digests.has(jobs[3])).toBe(false);
  });

  it('leaves every digest to the plain path when the host cannot hash in steps', async () => {
    const plain: typeof nodeDigest = (alg, parts) => nodeDigest(alg, parts);
    const job: RangeJob = { algorithm: 'SHA-256', range: [0, 10, 20, 30] };
    expect((await rangeDigests(new Uint8Array(50), [job], plain)).size).toBe(0);
  });
});
