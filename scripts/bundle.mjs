// Part of npm run build: bundles the CLI into a few ES modules, so that a run loads a handful of
// files instead of hundreds (module loading was a third of a short run). Dynamic imports stay lazy
// (code splitting). jszip stays external; Handlebars is bundled (~40 ms less to load than its 44
// CommonJS files).
//
// pdfmake, pdfkit and fontkit go into one CommonJS file of their own, dist/vendor/pdf-libs.cjs
// (entry scripts/pdf-libs/index.cjs), which the PDF writer loads in the CLI, the tests and the bench
// alike: one fontkit for jixiao and pdfkit, Unicode tries inflated natively, and what they load at
// start-up but jixiao never uses (WOFF2 decoding, encryption) loaded on first use.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });
rmSync('dist/vendor', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['jszip'],
  banner: {
    js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});

/** Modules loaded on first use instead of at start-up: WOFF2 decoding and PDF encryption (~50 ms). */
const LAZY = { 'brotli/decompress.js': 'function', '@noble/ciphers/aes': 'object' };
const shim = (name) => join(dirname(fileURLToPath(import.meta.url)), 'pdf-libs', name);

/** @type {import('esbuild').Plugin} */
const pdfLibs = {
  name: 'pdf-libs',
  setup(b) {
    // pdfkit asks for fontkit only to create fonts: it gets the object jixiao hands parsed fonts through.
    b.onResolve({ filter: /^fontkit$/ }, (args) =>
      /[\\/]pdfkit[\\/]/.test(args.importer) ? { path: shim('pdfkit-fontkit.cjs') } : undefined,
    );
    // Unicode tries (character properties, line breaking) unpacked with Node's zlib.
    b.onResolve({ filter: /^unicode-trie$/ }, (args) =>
      args.importer === shim('unicode-trie.cjs') ? undefined : { path: shim('unicode-trie.cjs') },
    );
    b.onResolve({ filter: /^(brotli\/decompress\.js|@noble\/ciphers\/aes)$/ }, (args) =>
      args.namespace === 'lazy'
        ? undefined
        : { path: args.path, namespace: 'lazy', pluginData: { resolveDir: args.resolveDir } },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const load = `const load = () => require(${JSON.stringify(args.path)});\n`;
      return {
        contents:
          LAZY[args.path] === 'function'
            ? `${load}module.exports = (...args) => load()(...args);`
            : `${load}module.exports = new Proxy({}, { get: (_, key) => load()[key] });`,
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
      };
    });
    // pdfkit reads its standard-font metrics and ICC profile next to itself (jixiao uses neither):
    // where pdfkit is installed, not where the bundle is.
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        '__dirname',
        "require('node:path').dirname(require('node:module').createRequire(__filename).resolve('pdfkit'))",
      ),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { 'pdf-libs': 'scripts/pdf-libs/index.cjs' },
  outdir: 'dist/vendor',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [pdfLibs],
  legalComments: 'none',
  logLevel: 'warning',
});
