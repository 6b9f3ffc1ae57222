import type { ReactNode } from 'react';
import type { HighlightRange } from '@shared/tariff/search';

/** A text with the parts the query matched in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** "0306179091" → "0306.17.9091", "03061792" → "0306.17.92": dots between heading, subheading and the rest. */
export function formatCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 6), code.slice(6)].filter((part) => part !== '').join('.');
}

/** The formatted code with its first `matched` digits marked. */
export function HighlightedCode({ code, matched }: { code: string; matched: number }) {
  const formatted = formatCode(code);
  let digits = 0;
  let end = 0;
  while (end < formatted.length && digits < matched) {
    if (/\d/.test(formatted[end] ?? '')) digits++;
    end++;
  }
  return <Highlighted text={formatted} ranges={end === 0 ? [] : [{ start: 0, end }]} />;
}
