import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { GoodsItem } from '@shared/domain';

/** Up to this many items the table is rendered whole (the browser's find-in-page sees every row). */
export const ITEMS_RENDERED_WHOLE = 200;
const ROW_ESTIMATE_PX = 34;

type ItemsTableProps = { items: readonly GoodsItem[]; head: ReactNode; row: (item: GoodsItem) => ReactNode };

/**
 * The goods items of a declaration. Beyond ITEMS_RENDERED_WHOLE (a declaration holds up to 999),
 * only the rows in view are in the page, in a scrolling box with the header kept on top, and an
 * "item no." field jumps to any item: drawing 999 rows froze the page for about a second.
 */
export function ItemsTable({ items, head, row }: ItemsTableProps) {
  if (items.length <= ITEMS_RENDERED_WHOLE) {
    return (
      <table className="data-table compact">
        <thead>{head}</thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.sequence} data-sequence={item.sequence}>
              {row(item)}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return <VirtualItemsTable items={items} head={head} row={row} />;
}

function VirtualItemsTable({ items, head, row }: ItemsTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [goTo, setGoTo] = useState('');
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 12,
  });
  const shown = virtualizer.getVirtualItems();
  const above = shown[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0);
  const jump = () => {
    const sequence = Number(goTo);
    const index = items.findIndex((item) => item.sequence === sequence);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'start' });
  };
  return (
    <>
      <form
        className="items-goto"
        onSubmit={(event) => {
          event.preventDefault();
          jump();
        }}
      >
        <label>
          {t('detail.item.goTo', { count: items.length })}{' '}
          <input
            name="item-goto"
            inputMode="numeric"
            size={5}
            value={goTo}
            onChange={(event) => setGoTo(event.target.value.replace(/\D/g, ''))}
          />
        </label>{' '}
        <button type="submit">{t('detail.item.go')}</button>
      </form>
      <div ref={scroller} className="items-scroll" data-testid="items-scroll" tabIndex={0}>
        <table className="data-table compact" aria-rowcount={items.length + 1}>
          <thead>{head}</thead>
          <tbody>
            {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
            {shown.map((virtual) => {
              const item = items[virtual.index] as GoodsItem;
              return (
                <tr
                  key={item.sequence}
                  ref={virtualizer.measureElement}
                  data-index={virtual.index}
                  data-sequence={item.sequence}
                  aria-rowindex={virtual.index + 2}
                >
                  {row(item)}
                </tr>
              );
            })}
            {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
          </tbody>
        </table>
      </div>
    </>
  );
}
