// Part of npm run build (and so of npm ci): converts the bundled WOFF 楷体 substitute to TrueType once.
import { prepareBundledFonts } from '../dist/src/render/pdf/fonts.js';

prepareBundledFonts();
