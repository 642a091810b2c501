#!/usr/bin/env node
// npm run docs:rules: writes the rules table of docs/rules.md from rules/ (a test fails when they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { BUILTIN_RULES } = require(path.join(root, 'build/src/core/rules/builtin-rules.js'));
const { formatCatalogueMarkdown } = require(path.join(root, 'build/src/core/rules/catalogue.js'));

const file = path.join(root, 'docs', 'rules.md');
const readme = readFileSync(file, 'utf8');
const start = '<!-- rules-table:start (npm run docs:rules) -->\n';
const end = '<!-- rules-table:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < a) {
  process.stderr.write('docs/rules.md has no rules-table markers\n');
  process.exit(2);
}
writeFileSync(file, readme.slice(0, a + start.length) + formatCatalogueMarkdown(BUILTIN_RULES) + readme.slice(b));
process.stdout.write('docs/rules.md: rules table written\n');
