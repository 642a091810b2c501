#!/usr/bin/env node
// The Office template's `start`, `stop` and `validate` scripts, with a plain explanation where
// they cannot work: sideloading needs desktop Excel (Windows or Mac) and manifest validation
// needs Microsoft's online service. On a machine that can, the real tool runs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [command] = process.argv.slice(2);
/** Run a package's command-line entry with this Node (its bin file may have lost its execute bit). */
const run = ([pkg, ...args]) => {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  const entry = path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[pkg]);
  const r = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit' });
  return r.status ?? 1;
};

if (command === 'start' || command === 'stop') {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    console.error(
      [
        `npm run ${command}: office-addin-debugging can only sideload into desktop Excel on Windows or macOS;`,
        `there is no desktop Excel on ${process.platform}.`,
        'On this machine:',
        '  npm run dev-server          serve the pane at https://localhost:3000 (self-signed certificate; add `-- --env http` for HTTP)',
        '  then open http://localhost:3000/taskpane.html in a browser to use the pane on an uploaded .xlsx, or',
        '  sideload manifest.xml in Excel on the web (Insert > Add-ins > Upload My Add-in) from a machine with internet.',
        '  npm run build               production files in dist/ for any static web server',
      ].join('\n'),
    );
    process.exit(1);
  }
  process.exit(run(['office-addin-debugging', command, 'manifest.xml']));
}

if (command === 'validate') {
  console.error("npm run validate: sends manifest.xml to Microsoft's online validation service (needs internet).");
  console.error('The offline structure check that CI runs is: npx vitest run test/office/manifest.test.ts');
  const status = run(['office-addin-manifest', 'validate', 'manifest.xml', ...process.argv.slice(3)]);
  if (status !== 0)
    console.error(
      'Validation did not complete: without internet the service cannot be reached; run the offline check above.',
    );
  process.exit(status);
}

console.error('usage: node scripts/addin.mjs start|stop|validate');
process.exit(2);
