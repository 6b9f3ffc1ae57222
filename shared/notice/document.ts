import { BUNDLED_FONT_FAMILY, HANJA, HANJA_FONT_FAMILY } from './fonts';
import type { NoticeModel } from './model';

// The notice laid out as a pdfmake document definition: plain data, the same on the device and the
// centre, so both print the same pages. Typed loosely here on purpose: pdfmake's own types bring
// the DOM and Node with them, which shared/ must not see; the renderers pass this to pdfmake as is.

/** A pdfmake node: text, a table, columns, a QR code… (pdfmake's `Content`). */
export type PdfNode = string | { [key: string]: unknown } | PdfNode[];
export type PdfDocument = {
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  info: { title: string; subject: string; creator: string };
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  styles: Record<string, Record<string, unknown>>;
  content: PdfNode[];
  footer: (currentPage: number, pageCount: number) => PdfNode;
};

const INK = '#17212b';
const MUTED = '#52606d';
const LINE = '#d5dbe1';
const BRAND = '#0b2a4a';

const keyValueTable = (
  rows: { label: string; value: string }[],
  widths: (string | number)[] = [110, '*'],
) => ({
  table: {
    widths,
    body: rows.map((row) => [
      { text: row.label, style: 'label' },
      { text: row.value, style: 'value' },
    ]),
  },
  layout: 'noBorders',
});

const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => LINE,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function bannerBlock(model: NoticeModel): PdfNode[] {
  return model.banners.map((banner) => ({
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              ...(banner.translation ? [{ text: banner.translation, bold: true }] : []),
              { text: banner.text, bold: banner.translation === null, fontSize: banner.translation ? 8 : 9 },
            ],
            fillColor: '#fff4d6',
            margin: [6, 4, 6, 4],
          },
        ],
      ],
    },
    layout: {
      hLineColor: () => '#b58100',
      vLineColor: () => '#b58100',
      hLineWidth: () => 0.8,
      vLineWidth: () => 0.8,
    },
    margin: [0, 0, 0, 4],
  }));
}

/** The items table's columns: sequence, commodity code, description or tax, rate, value or base, amount. */
const ITEM_COLUMNS = [20, 66, '*', 90, 86, 80];

function itemsTable(model: NoticeModel): PdfNode {
  const { words } = model;
  const header = [
    words.sequence,
    words.hsCode,
    `${words.description} · ${words.tax}`,
    words.rate,
    `${words.customsValue} · ${words.base}`,
    words.amount,
  ].map((text, column) => ({ text, style: 'th', alignment: column >= 4 ? 'right' : 'left' }));
  // One row per item, its taxes and problems in a table of their own, so that `dontBreakRows`
  // moves an item to the next page whole instead of leaving its heading alone at a page's foot.
  const rows = model.items.map((item) => {
    const heading = [
      { text: item.hsCode, bold: true },
      { text: item.description, colSpan: 2, bold: true },
      {},
      { text: item.customsValue, alignment: 'right', bold: true },
      { text: '' },
    ];
    const taxRows =
      item.taxes.length === 0
        ? [[{ text: '' }, { text: words.noTax, colSpan: 4, color: MUTED }, {}, {}, {}]]
        : item.taxes.map((tax) => [
            { text: '' },
            { text: tax.name },
            { text: tax.rate },
            { text: tax.base, alignment: 'right', color: MUTED },
            { text: tax.amount, alignment: 'right' },
          ]);
    const problems = item.problems.map((problem) => [
      { text: problem, colSpan: 5, color: '#a4161a', fontSize: 8 },
      {},
      {},
      {},
      {},
    ]);
    const body = [heading, ...taxRows, ...problems];
    return [
      { text: String(item.sequence), bold: true },
      {
        colSpan: 5,
        // The header's columns, the spanning cell's own padding taken off at both ends, so the
        // item's columns stand under the header's.
        table: { widths: ITEM_COLUMNS.slice(1), body },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: (column: number) => (column === 0 ? 0 : 4),
          paddingRight: (column: number) => (column === 4 ? 0 : 4),
          paddingTop: (row: number) => (row === 0 ? 0 : 3),
          paddingBottom: (row: number) => (row === body.length - 1 ? 0 : 3),
        },
      },
      {},
      {},
      {},
      {},
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ITEM_COLUMNS,
      body: [header, ...rows],
    },
    layout: {
      ...thinLines,
      fillColor: (row: number) => (row === 0 ? '#eef1f5' : null),
    },
  };
}

function totalsTable(model: NoticeModel): PdfNode {
  const { words } = model;
  const line = (label: string, value: string, style?: string) => [
    { text: label, ...(style ? { style } : {}) },
    { text: value, alignment: 'right', ...(style ? { style } : {}) },
  ];
  return {
    table: {
      widths: ['*', 140],
      body: [
        ...model.totals.map((row) => line(row.label, row.value)),
        ...model.notCollected.map((row) => line(row.label, row.value)),
        line(words.payable, model.payable, 'payable'),
      ],
    },
    layout: thinLines,
  };
}

/** "괴(塊)" → ["괴(", {text: "塊", font: Hanja}, ")"]: pdfmake takes one font per run, no fallback. */
export function hanjaRuns(text: string): string | PdfNode[] {
  const runs: PdfNode[] = [];
  let last = 0;
  for (const match of text.matchAll(HANJA)) {
    if (match.index > last) runs.push(text.slice(last, match.index));
    runs.push({ text: match[0], font: HANJA_FONT_FAMILY });
    last = match.index + match[0].length;
  }
  if (runs.length === 0) return text;
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

/** Every `text` string of a node tree with its Hanja runs set in the Hanja font. */
function withHanja(node: unknown): unknown {
  if (typeof node === 'string') return hanjaRuns(node);
  if (Array.isArray(node)) return node.map(withHanja);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (typeof value === 'string') return [key, key === 'text' ? hanjaRuns(value) : value];
      return [key, typeof value === 'object' ? withHanja(value) : value];
    }),
  );
}

/** The notice as a pdfmake document: A4, the bundled font, a table header repeated on each page. */
export function noticeDocument(model: NoticeModel): PdfDocument {
  const document = layout(model);
  return { ...document, content: document.content.map((node) => withHanja(node) as PdfNode) };
}

function layout(model: NoticeModel): PdfDocument {
  const { words } = model;
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: `${words.title} ${model.reference}`, subject: model.reference, creator: 'Border Post' },
    defaultStyle: { font: BUNDLED_FONT_FAMILY, fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, color: BRAND },
      subtitle: { fontSize: 9, color: MUTED },
      h2: { fontSize: 11, bold: true, color: BRAND, margin: [0, 12, 0, 4] },
      label: { color: MUTED },
      value: { color: INK },
      th: { bold: true, color: INK },
      payable: { fontSize: 13, bold: true, color: BRAND },
      demo: { bold: true, color: '#7a4b00' },
      small: { fontSize: 7.5, color: MUTED },
    },
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: words.title, style: 'title' },
              { text: words.subtitle, style: 'subtitle', margin: [0, 2, 0, 8] },
              ...(model.demo ? [{ text: words.demo, style: 'demo', margin: [0, 0, 0, 6] }] : []),
              keyValueTable(model.declaration),
            ],
          },
          {
            width: 120,
            stack: [
              { qr: model.qrText, fit: 118, eccLevel: 'M', alignment: 'right' },
              { text: words.qrCaption, style: 'small', alignment: 'right', margin: [0, 2, 0, 0] },
            ],
          },
        ],
        columnGap: 12,
        margin: [0, 0, 0, 8],
      },
      ...bannerBlock(model),
      { text: words.parties, style: 'h2' },
      keyValueTable(model.parties),
      { text: words.items, style: 'h2' },
      itemsTable(model),
      // The totals with their heading on one page: the payable never alone on the last.
      { stack: [{ text: words.totals, style: 'h2' }, totalsTable(model)], unbreakable: true },
      { text: words.versions, style: 'h2' },
      keyValueTable(model.versions, [150, '*']),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: `${model.reference} · ${words.title}`, style: 'small' },
        { text: `${words.page} ${currentPage} / ${pageCount}`, style: 'small', alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
    }),
  };
}
