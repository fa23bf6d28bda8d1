// Part of npm run build, after the bundle and the fonts: renders a sample PDF once and saves V8's code
// cache of the PDF libraries with everything that run compiled (see src/render/pdf/pdf-libs.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFile } from '../dist/src/load/index.js';
import { validate } from '../dist/src/model/validate.js';
import { PACKAGE_ROOT } from '../dist/src/paths.js';
import { writePdf } from '../dist/src/render/pdf/document.js';
import { CODE_CACHE, codeCache } from '../dist/src/render/pdf/pdf-libs.js';
import { documentMeta, renderTree } from '../dist/src/render/pipeline.js';

const model = validate(await loadDataFile(join(PACKAGE_ROOT, 'data-samples', 'korla-2020.yaml')));
await writePdf(renderTree(model), documentMeta(model));
writeFileSync(CODE_CACHE, codeCache());
