import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  page: number;
  y: number;
  x: number;
  xEnd: number;
  text: string;
}

export interface PdfRead {
  pages: { width: number; height: number }[];
  lines: PdfLine[];
  info: Record<string, unknown>;
}

/** Opens a PDF with pdf.js and groups its text into lines by baseline, left to right. */
export async function readPdf(data: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: PdfRead['pages'] = [];
  const lines: PdfLine[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , w, h] = page.view as [number, number, number, number];
    pages.push({ width: w, height: h });
    const content = await page.getTextContent();
    const byY = new Map<number, { x: number; xEnd: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round((h - (item.transform[5] as number)) * 10) / 10;
      const list = byY.get(y) ?? [];
      list.push({
        x: item.transform[4] as number,
        xEnd: (item.transform[4] as number) + item.width,
        str: item.str,
      });
      byY.set(y, list);
    }
    for (const [y, items] of [...byY.entries()].sort((a, b) => a[0] - b[0])) {
      items.sort((a, b) => a.x - b.x);
      lines.push({
        page: p,
        y,
        x: items[0]?.x ?? 0,
        xEnd: Math.max(...items.map((i) => i.xEnd)),
        text: items.map((i) => i.str).join(''),
      });
    }
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, lines, info: meta.info as Record<string, unknown> };
}
