'use client';
import { createContext, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { HoistedStyle } from '../../theme/HoistedStyle.js';
import { ThemeScope } from '../../theme/index.js';
import type { ViewCellProps, ViewChromeProps, ViewGridProps } from './viewLayout.types.js';
import { columnCount } from './viewLayout.utils.js';
import { viewCss } from './viewStyles.js';

const ColumnsContext = createContext<number | undefined>(undefined);
// useLayoutEffect warns during React 18 server rendering; the measurement only means something in a browser.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** The view stylesheet; React hoists it and keeps one copy however many views and bars render. */
export function ViewStyles() {
  return (
    <HoistedStyle id="learnlens-ui-views" css={viewCss} />
  );
}

/** The element's content width, kept current by a ResizeObserver; 0 until measured (server rendering). */
function useContainerWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  // A layout effect measures before the first paint, so a wide screen never flashes the one-column layout.
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A responsive grid of widgets: as many columns as fit the view's own width (not the window's, so a view in a
 * sidebar is laid out for the sidebar), written to `data-columns`. Before it is measured (server rendering)
 * CSS auto-fit lays it out.
 */
export function ViewGrid({ minColumnWidth = 340, maxColumns = 3, gap = 16, children }: ViewGridProps) {
  const [ref, width] = useContainerWidth();
  const columns = width > 0 ? columnCount(width, minColumnWidth, maxColumns, gap) : undefined;
  const style = {
    '--ll-view-gap': `${gap}px`,
    '--ll-view-min-column': `${minColumnWidth}px`,
    ...(columns ? { '--ll-view-columns': String(columns) } : {}),
  } as CSSProperties;
  return (
    <ColumnsContext.Provider value={columns}>
      <div ref={ref} className="ll-view-grid" data-slot="view-grid" data-columns={columns} style={style}>
        {children}
      </div>
    </ColumnsContext.Provider>
  );
}

/** One widget's place in a `ViewGrid`; a span wider than the grid takes the whole row. */
export function ViewCell({ span = 1, name, children }: ViewCellProps) {
  const columns = useContext(ColumnsContext);
  const taken = span === 'full' || !columns ? 1 : Math.min(span, columns);
  const style = taken > 1 ? { gridColumn: `span ${taken}` } : undefined;
  return (
    <div className="ll-view-cell" data-slot="view-cell" data-cell={name} data-span={span} style={style}>
      {children}
    </div>
  );
}

/** Props of `ViewShell`. */
export interface ViewShellProps extends ViewChromeProps {
  /** Stable name written to `data-learnlens-widget`, e.g. "admin-view". */
  view: string;
  /** Accessible name used when there is no title. */
  defaultLabel: string;
  /** The filter bar. */
  filterBar: ReactNode;
  /** `ViewCell`s. */
  children?: ReactNode;
}

/** A view's scope element (theme, styles), its optional heading, its filter bar and its grid of widgets. */
export function ViewShell({
  view,
  defaultLabel,
  title,
  label,
  theme,
  tokens,
  className,
  minColumnWidth,
  maxColumns,
  filterBar,
  children,
}: ViewShellProps) {
  const titleId = `ll-${view}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <ThemeScope
      widget={view}
      theme={theme}
      tokens={tokens}
      className={className ? `ll-view ${className}` : 'll-view'}
      {...(title ? { 'aria-labelledby': titleId } : { 'aria-label': label ?? defaultLabel })}
    >
      <ViewStyles />
      {title ? (
        <h2 className="ll-view-title" id={titleId} data-slot="view-title">
          {title}
        </h2>
      ) : null}
      {filterBar}
      <ViewGrid {...(minColumnWidth !== undefined ? { minColumnWidth } : {})} {...(maxColumns !== undefined ? { maxColumns } : {})}>
        {children}
      </ViewGrid>
    </ThemeScope>
  );
}
