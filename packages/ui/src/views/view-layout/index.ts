'use client';
export { ViewCell, ViewGrid, ViewShell, ViewStyles, type ViewShellProps } from './ViewLayout.js';
export type { ViewBaseProps, ViewCellProps, ViewCellSpan, ViewChromeProps, ViewColumnsOptions, ViewGridProps } from './viewLayout.types.js';
export { columnCount } from './viewLayout.utils.js';
export { viewCss } from './viewStyles.js';
