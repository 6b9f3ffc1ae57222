import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  BUNDLED_FONT_FILES,
  buildNotice,
  noticeDocument,
  renderPdf,
  type FontBytes,
  type NoticeInput,
  type PdfEngine,
} from '@shared/notice';

// The notice on the central API and in the CLI: the same document as on the device, rendered by
// pdfmake's Node build with the font files from assets/fonts.

const FONTS_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

let fonts: FontBytes | null = null;
/** The bundled TrueType files, read once (about 8 MB, kept for the server's lifetime). */
function bundledFonts(): FontBytes {
  fonts ??= {
    normal: readFileSync(`${FONTS_DIR}${BUNDLED_FONT_FILES.pdfNormal}`),
    bold: readFileSync(`${FONTS_DIR}${BUNDLED_FONT_FILES.pdfBold}`),
    hanja: readFileSync(`${FONTS_DIR}${BUNDLED_FONT_FILES.hanja}`),
  };
  return fonts;
}

// pdfmake's types leave out `virtualfs`, which both its builds have, and type the document with
// DOM and Node types that shared/ does not see: this adapter is the one place that bridges them.
const engine: PdfEngine = {
  virtualfs: (pdfmake as unknown as Pick<PdfEngine, 'virtualfs'>).virtualfs,
  setFonts: (definitions) => pdfmake.setFonts(definitions),
  setUrlAccessPolicy: (policy) => {
    pdfmake.setUrlAccessPolicy(policy);
    // Nothing is read from the disk by pdfmake: the fonts are handed over as bytes.
    pdfmake.setLocalAccessPolicy(() => false);
  },
  createPdf: (document) => pdfmake.createPdf(document as unknown as TDocumentDefinitions),
};

/** The assessment notice as PDF bytes. */
export function renderNoticePdf(input: NoticeInput): Promise<Uint8Array<ArrayBuffer>> {
  return renderPdf(engine, bundledFonts(), noticeDocument(buildNotice(input)));
}
