import JSZip from 'jszip';

/**
 * Rewrites a zip (docx) so that the same content always gives the same bytes: every entry gets the
 * same timestamp, entries keep their order, and compression settings are fixed.
 */
export async function normalizeZip(
  data: Uint8Array,
  date: Date,
  edit: (name: string, text: string) => string = (_n, t) => t,
): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    if (/\.(xml|rels)$/.test(name)) {
      out.file(name, edit(name, await entry.async('string')), { date, createFolders: false });
    } else {
      out.file(name, await entry.async('uint8array'), { date, createFolders: false });
    }
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
