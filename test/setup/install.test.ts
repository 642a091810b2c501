// The set-up a fresh machine meets: `npm ci` compiles nothing and downloads nothing but registry
// packages, and the Office tools still load without the peer chain .npmrc keeps out.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const entries = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean; peer?: boolean }>);

/** Every folder under node_modules that holds a file of this name (not following links). */
function findFiles(dir: string, name: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, name, out);
    else if (e.name === name) out.push(path.relative(ROOT, p));
  }
  return out;
}

describe('installing on a fresh machine', () => {
  it('npm is told not to install peer dependencies on its own, in the repo', () => {
    expect(readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).toMatch(/^legacy-peer-deps=true$/m);
  });

  it('the lockfile holds no install script, no peer-only package and not the m365 tool chain', () => {
    expect(entries.filter(([, v]) => v.hasInstallScript).map(([k]) => k)).toEqual([]);
    expect(entries.filter(([, v]) => v.peer).map(([k]) => k)).toEqual([]);
    const names = entries.map(([k]) => k.replace(/^.*node_modules\//, ''));
    for (const banned of ['keytar', '@microsoft/m365agentstoolkit-cli', '@azure/msal-node-extensions'])
      expect(names).not.toContain(banned);
  });

  it('no installed package compiles native code (binding.gyp)', () => {
    const gyp = findFiles(path.join(ROOT, 'node_modules'), 'binding.gyp').filter((f) => !f.includes('/node-gyp/'));
    expect(gyp).toEqual([]);
  });

  const tools = Object.keys(pkg.devDependencies).filter((n) => n.startsWith('office-addin-'));

  it.each(tools)('%s loads (nothing it requires went missing with the peer chain)', (name) => {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(name)})`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('office-addin-debugging and office-addin-manifest answer on their command line', () => {
    for (const name of ['office-addin-debugging', 'office-addin-manifest']) {
      const manifest = require.resolve(`${name}/package.json`, { paths: [ROOT] });
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
      const entry = path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
      const r = spawnSync(process.execPath, [entry, '--help'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Usage:/);
    }
  });
});
