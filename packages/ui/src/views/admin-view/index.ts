'use client';
export { AdminView } from './AdminView.js';
export type { AdminViewProps } from './adminView.types.js';
