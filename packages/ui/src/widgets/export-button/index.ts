'use client';
export { describeExportError, ExportButton } from './ExportButton.js';
export { exportFormats, type ExportButtonProps } from './exportButton.types.js';
