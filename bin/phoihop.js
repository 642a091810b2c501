#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to build/ by `npm run build:cli` (run on install by `prepare`).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'phoihop: chưa biên dịch — hãy chạy "npm install" hoặc "npm run build:cli" (not built: run "npm install" or "npm run build:cli")\n',
  );
  process.exit(2);
}
// Whatever happens, a failure never exits 0 and never prints a stack (PHOIHOP_DEBUG shows it).
const internal = (e) => {
  if (process.env.PHOIHOP_DEBUG) process.stderr.write(`${e && e.stack}\n`);
  process.stderr.write(
    `phoihop: lỗi nội bộ (${(e && e.message) || e}); xin báo lại / internal error (${(e && e.message) || e}); please report it\n`,
  );
  process.exit(2);
};
process.on('uncaughtException', internal);
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  }, internal);
