/**
 * The row a key moves the worklist's selection to, or null when the key is not the table's:
 * ArrowDown and j one down, ArrowUp and k one up, PageDown and PageUp a screenful, Home and End
 * the first and last row. Kept inside the list.
 */
export function moveSelection(key: string, current: number, total: number, page: number): number | null {
  if (total === 0) return null;
  const last = total - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return clamp(current + 1);
    case 'ArrowUp':
    case 'k':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * Scrolls the worklist's box just enough for row `index` to show below its sticky header: rows
 * are all `rowHeight` high, so where a row lies is known before it is in the DOM.
 */
export function revealRow(scroll: HTMLElement, index: number, rowHeight: number): void {
  const header = scroll.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const rowTop = index * rowHeight;
  if (rowTop < scroll.scrollTop) scroll.scrollTop = rowTop;
  else if (header + rowTop + rowHeight > scroll.scrollTop + scroll.clientHeight) {
    scroll.scrollTop = header + rowTop + rowHeight - scroll.clientHeight;
  }
}
