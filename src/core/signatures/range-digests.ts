// The digests of every signature's byte ranges, in one pass over the file where the host can hash
// in steps. Each signature's first range is the file from byte 0 up to its /Contents, so a later
// signature's first range starts with an earlier one's: the shared start is hashed once and the
// hash state copied at each signature's /Contents (node:crypto's Hash.copy), instead of hashing
// the file again for every signature.
import type { Digest, DigestName } from './cms';

/** One signature's ranges to digest: [0, b) and [c, c + d), with the algorithm its check needs. */
export interface RangeJob {
  algorithm: DigestName;
  range: number[];
}

/**
 * The digest of each job's ranges (same order), or null for a job that does not start at byte 0
 * (it is hashed on its own when checked). Without the host's stepwise hashing, an empty map.
 */
export async function rangeDigests(
  bytes: Uint8Array,
  jobs: RangeJob[],
  digest: Digest,
): Promise<Map<RangeJob, Uint8Array>> {
  const out = new Map<RangeJob, Uint8Array>();
  const start = digest.start;
  if (!start) return out;
  const byAlgorithm = new Map<DigestName, RangeJob[]>();
  for (const job of jobs)
    if (job.range.length === 4 && job.range[0] === 0)
      byAlgorithm.set(job.algorithm, [...(byAlgorithm.get(job.algorithm) ?? []), job]);
  for (const [algorithm, group] of byAlgorithm) {
    group.sort((x, y) => x.range[1] - y.range[1]);
    const shared = start(algorithm);
    let at = 0;
    for (const job of group) {
      const [, b, c, d] = job.range;
      shared.update(bytes.subarray(at, b));
      at = b;
      const own = shared.copy();
      own.update(bytes.subarray(c, c + d));
      out.set(job, own.digest());
    }
  }
  return out;
}
