'use client';
export { KpiCards } from './KpiCards.js';
export { kpiIds, type Kpi, type KpiCardsProps, type KpiChange, type KpiId, type OrgOverview } from './kpiCards.types.js';
