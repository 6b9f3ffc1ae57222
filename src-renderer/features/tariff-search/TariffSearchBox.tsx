import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTariff, type TariffSearchIndex } from '@shared/tariff/search';
import type { TariffLine } from '@shared/tariff/types';
import { Highlighted, HighlightedCode } from './Highlighted';
import { MeasureList } from './MeasureList';

export type TariffSearchBoxProps = {
  index: TariffSearchIndex;
  onPick?: (line: TariffLine) => void;
  initialQuery?: string;
};

/**
 * The search over a built index: an ARIA combobox whose listbox is ranked as the officer types;
 * ↑/↓ move, Enter or a click picks, Escape closes the list (and clears the query when closed).
 * The active line's measures are shown beside the list.
 */
export function TariffSearchBox({ index, onPick, initialQuery = '' }: TariffSearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(initialQuery !== '');
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<TariffLine | null>(null);
  const result = useMemo(() => searchTariff(index, query), [index, query]);
  const hits = result.hits;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeHit = open ? hits[Math.min(active, hits.length - 1)] : undefined;
  const shown = activeHit?.line ?? picked;

  const pick = (line: TariffLine) => {
    setPicked(line);
    setOpen(false);
    onPick?.(line);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (hits.length === 0 ? 0 : (current + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      // Enter chooses a line; it never submits a form the search sits in (the reassess form).
      event.preventDefault();
      if (activeHit !== undefined) pick(activeHit.line);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const trimmed = query.trim();
  return (
    <div className="tariff-search">
      <div className="tariff-search-main">
        <label htmlFor={`${id}-input`}>{t('tariffSearch.label')}</label>
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeHit === undefined ? undefined : optionId(hits.indexOf(activeHit))}
          aria-describedby={`${id}-hint`}
          placeholder={t('tariffSearch.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-hint`} className="tariff-search-hint" aria-live="polite">
          {trimmed === ''
            ? t('tariffSearch.hint')
            : hits.length === 0
              ? t('tariffSearch.noResults', { query: trimmed })
              : t('tariffSearch.results', { count: hits.length })}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={t('tariffSearch.resultsLabel')}
          hidden={!open || hits.length === 0}
        >
          {hits.map((hit, i) => (
            <li
              key={hit.line.code}
              id={optionId(i)}
              role="option"
              aria-selected={hit === activeHit}
              className={hit === activeHit ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit.line)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="tariff-code">
                <HighlightedCode code={hit.line.code} matched={hit.codeMatch} />
              </span>
              <span className="tariff-names">
                {hit.line.descriptionLocal !== undefined && (
                  <span className="tariff-name-local" lang="ko">
                    <Highlighted text={hit.line.descriptionLocal} ranges={hit.highlights.descriptionLocal} />
                  </span>
                )}
                <span className="tariff-name">
                  <Highlighted text={hit.line.description} ranges={hit.highlights.description} />
                </span>
                {hit.context.length > 0 && (
                  <span className="tariff-context">
                    <Highlighted
                      text={hit.context.at(-1) ?? ''}
                      ranges={result.highlight(hit.context.at(-1) ?? '')}
                    />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className="tariff-search-detail">
        {shown === null ? (
          <p className="tariff-search-hint">{t('tariffSearch.nothingSelected')}</p>
        ) : (
          <MeasureList line={shown} />
        )}
      </div>
    </div>
  );
}
