// The lanes' configuration holds together: the config's hang guard is the tests' own, and every
// file it lists as slow exists (a renamed test would otherwise drop into the fast lane's guard).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { HANG_GUARD_MS as CONFIG_GUARD, SLOW_TESTS } from '../../vitest.config.mts';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

describe('vitest.config.mts', () => {
  it('guards against hangs with the same bound as test/helpers/hang-guard.ts', () => {
    expect(CONFIG_GUARD).toBe(HANG_GUARD_MS);
    expect(config.test?.testTimeout).toBe(HANG_GUARD_MS);
  });

  it('lists only slow tests that exist', () => {
    expect(SLOW_TESTS.filter((f) => !existsSync(path.resolve(__dirname, '../..', f)))).toEqual([]);
  });
});
