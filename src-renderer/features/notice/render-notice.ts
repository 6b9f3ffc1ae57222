import pdfMake from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  buildNotice,
  noticeDocument,
  renderPdf,
  type FontBytes,
  type NoticeInput,
  type PdfEngine,
} from '@shared/notice';
import hanjaUrl from '../../../assets/fonts/NotoSansKR-Hanja-Regular.ttf?url';
import boldUrl from '../../../assets/fonts/Pretendard-Bold.ttf?url';
import regularUrl from '../../../assets/fonts/Pretendard-Regular.ttf?url';

// Loaded only when an officer prints a notice (dynamic import in NoticeButton): pdfmake's browser
// build and the two TrueType files stay out of the app's first paint. The fonts come from the
// app's own origin (connect-src 'self'), never from the network.

let fonts: Promise<FontBytes> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the bundled font ${url} did not load (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function bundledFonts(): Promise<FontBytes> {
  fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(hanjaUrl)]).then(
    ([normal, bold, hanja]) => ({ normal, bold, hanja }),
  );
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

// pdfmake's types leave out `virtualfs`, which both its builds have, and type the document with
// DOM and Node types that shared/ does not see: this adapter is the one place that bridges them.
const engine: PdfEngine = {
  virtualfs: (pdfMake as unknown as Pick<PdfEngine, 'virtualfs'>).virtualfs,
  setFonts: (definitions) => pdfMake.setFonts(definitions),
  // The browser build fetches nothing it is not given: every resource is passed as bytes.
  setUrlAccessPolicy: () => undefined,
  createPdf: (document) => pdfMake.createPdf(document as unknown as TDocumentDefinitions),
};

/** The assessment notice as PDF bytes, exactly as the central API renders it. */
export async function renderNoticePdf(input: NoticeInput): Promise<Uint8Array<ArrayBuffer>> {
  return renderPdf(engine, await bundledFonts(), noticeDocument(buildNotice(input)));
}
