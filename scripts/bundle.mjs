// Part of npm run build: bundles the CLI into a few ES modules, so that a run loads a handful of
// files instead of hundreds (module loading was a third of a short run). Dynamic imports stay lazy
// (code splitting). Libraries that read their own files at run time stay external.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['pdfmake', 'pdfkit', 'fontkit', 'handlebars', 'jszip'],
  banner: {
    js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
