'use client';
import { useId, useState } from 'react';
import { pagerMessages } from '../i18n/en/pager.js';
import { pageOfInput, pageSlots } from './pager.utils.js';
import { useFormat } from './useFormat.js';
import { ControlStyles } from './partStyles.js';

/** Props of `Pager`. */
export interface PagerProps {
  /** The current page, 0-based. */
  page: number;
  /** Rows per page. */
  pageSize: number;
  /** Rows in all pages. */
  total: number;
  /** Rows on the current page. */
  shown: number;
  /** Called with the page to show (0-based). */
  onPageChange: (page: number) => void;
  /** Page sizes to offer; the size picker is hidden when this holds fewer than two. */
  pageSizes?: readonly number[];
  /** Called with a new page size. */
  onPageSizeChange?: (size: number) => void;
}

/** Pagination under a table: the rows shown, Previous / page numbers / Next, a page jump and a page size. */
export function Pager({ page, pageSize, total, shown, onPageChange, pageSizes = [], onPageSizeChange }: PagerProps) {
  const { t, number } = useFormat(pagerMessages);
  const id = useId();
  const [jump, setJump] = useState('');
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : page * pageSize + 1;
  return (
    <nav className="ll-pager" data-slot="pagination" aria-label={t('pager.label')}>
      <ControlStyles />
      <span aria-live="polite" data-slot="range">
        {t('pager.range', { first: number(first), last: number(page * pageSize + shown), count: total })}
      </span>
      <span className="ll-pages" data-slot="pages">
        <button type="button" className="ll-button" onClick={() => onPageChange(page - 1)} disabled={page === 0}>
          {t('pager.previous')}
        </button>
        {pageSlots(page, pageCount).map((slot, i) =>
          slot === 'gap' ? (
            <span key={`gap-${i}`} aria-hidden="true">
              …
            </span>
          ) : (
            <button
              key={slot}
              type="button"
              className="ll-button"
              data-slot="page"
              aria-current={slot === page ? 'page' : undefined}
              aria-label={t('pager.page', { page: number(slot + 1), count: pageCount })}
              onClick={() => onPageChange(slot)}
            >
              {number(slot + 1)}
            </button>
          ),
        )}
        <button type="button" className="ll-button" onClick={() => onPageChange(page + 1)} disabled={page + 1 >= pageCount}>
          {t('pager.next')}
        </button>
      </span>
      {pageCount > 2 ? (
        <form
          className="ll-field ll-inline"
          data-slot="jump"
          onSubmit={(e) => {
            e.preventDefault();
            const target = pageOfInput(jump, pageCount);
            if (target !== null) onPageChange(target);
            setJump('');
          }}
        >
          <label htmlFor={`${id}-jump`}>{t('pager.jump')}</label>
          <input
            id={`${id}-jump`}
            className="ll-input ll-narrow"
            type="number"
            inputMode="numeric"
            min={1}
            max={pageCount}
            value={jump}
            onChange={(e) => setJump(e.target.value)}
          />
          <button type="submit" className="ll-button">
            {t('pager.go')}
          </button>
        </form>
      ) : null}
      {onPageSizeChange && pageSizes.length > 1 ? (
        <label className="ll-field ll-inline" htmlFor={`${id}-size`}>
          {t('pager.size')}
          <select id={`${id}-size`} className="ll-input" data-slot="page-size" value={pageSize} onChange={(e) => onPageSizeChange(Number(e.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {number(size)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </nav>
  );
}
