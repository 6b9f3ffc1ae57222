export { hanjaRuns, noticeDocument, type PdfDocument, type PdfNode } from './document';
export { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES, HANGUL_SYLLABLES, HANJA_FONT_FAMILY } from './fonts';
export { assessmentHash, canonicalJson, hashedAssessment, noticeQrText, readNoticeQrText } from './hash';
export {
  buildNotice,
  groupThousands,
  type NoticeInput,
  type NoticeItem,
  type NoticeModel,
  type NoticePost,
  type NoticeVersions,
} from './model';
export { renderPdf, type FontBytes, type PdfEngine } from './render';
export type { NoticeLanguage } from './texts';
