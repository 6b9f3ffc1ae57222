import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

export type RowRange = { start: number; end: number };

/**
 * The rows of a list of `total` rows, all `rowHeight` high, that a box scrolled to `scrollTop` and
 * `height` tall shows, with `overscan` more either side; `end` exclusive.
 */
export function rowRange(
  scrollTop: number,
  height: number,
  total: number,
  rowHeight: number,
  overscan: number,
): RowRange {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(height / rowHeight) + 1;
  return {
    start: Math.max(0, Math.min(total, first) - overscan),
    end: Math.min(total, first + shown + overscan),
  };
}

/**
 * Which rows of the list in `box` are on screen, kept as it scrolls and resizes. Rows have one
 * height, so this is arithmetic on the scroll offset: nothing is measured or kept per row (a
 * virtualiser's per-row measurements were rebuilt for 100,000 rows whenever a filter changed the
 * count).
 */
export function useRowRange(
  box: RefObject<HTMLElement | null>,
  total: number,
  rowHeight: number,
  overscan: number,
  onChange: (range: RowRange) => void,
): RowRange {
  const [range, setRange] = useState<RowRange>(() => rowRange(0, 0, total, rowHeight, overscan));
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const next = rowRange(element.scrollTop, element.clientHeight, total, rowHeight, overscan);
      setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resized?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resized?.disconnect();
    };
  }, [box, total, rowHeight, overscan]);
  useEffect(() => onChange(range), [range, onChange]);
  return range;
}
