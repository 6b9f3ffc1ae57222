import { BUNDLED_FONT_FAMILY, HANJA_FONT_FAMILY } from './fonts';
import type { PdfDocument } from './document';

// One way from a document to PDF bytes, whichever pdfmake build the host loads: the Node one on
// the central API and in the CLI, the browser one (loaded on demand) in the renderer.

/** The part of a pdfmake instance the notice uses (the Node and the browser builds both have it). */
export type PdfEngine = {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(
    fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>,
  ): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(document: PdfDocument): { getBuffer(): Promise<Uint8Array> };
};

export type FontBytes = { normal: Uint8Array; bold: Uint8Array; hanja: Uint8Array };

const NORMAL = `${BUNDLED_FONT_FAMILY}-Regular.ttf`;
const BOLD = `${BUNDLED_FONT_FAMILY}-Bold.ttf`;
const HANJA = 'Hanja-Regular.ttf';

/** Renders `document` with the bundled font, fetching nothing: every resource is given. */
export async function renderPdf(
  engine: PdfEngine,
  fonts: FontBytes,
  document: PdfDocument,
): Promise<Uint8Array<ArrayBuffer>> {
  engine.virtualfs.writeFileSync(NORMAL, fonts.normal);
  engine.virtualfs.writeFileSync(BOLD, fonts.bold);
  engine.virtualfs.writeFileSync(HANJA, fonts.hanja);
  engine.setFonts({
    [BUNDLED_FONT_FAMILY]: { normal: NORMAL, bold: BOLD, italics: NORMAL, bolditalics: BOLD },
    // One weight: a bold run of Hanja prints regular rather than not at all.
    [HANJA_FONT_FAMILY]: { normal: HANJA, bold: HANJA, italics: HANJA, bolditalics: HANJA },
  });
  engine.setUrlAccessPolicy(() => false);
  return new Uint8Array(await engine.createPdf(document).getBuffer());
}
