#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // A defect in jixiao itself, not the user's input: say so plainly, with the detail for a bug report.
    process.stderr.write(`jixiao 内部错误（请报告此问题）：${e?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
