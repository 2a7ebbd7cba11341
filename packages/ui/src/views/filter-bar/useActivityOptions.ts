'use client';
import { useMemo } from 'react';
import { useActivityInsights } from '../../hooks/index.js';
import type { ActivityOption } from '../../widgets/recent-attempts/index.js';

const NO_OPTIONS: readonly ActivityOption[] = [];

/**
 * The activities a filter offers: the host's list when given, else every activity with a scored attempt the
 * viewer may see (all history, from `activityInsights` — the catalog has no activity list of its own),
 * sorted by name. Empty while loading or when that query fails.
 */
export function useActivityOptions(activities?: readonly ActivityOption[]): readonly ActivityOption[] {
  // All history, so the list does not shrink as the range narrows and a chosen activity stays listed.
  const insights = useActivityInsights({ limit: 1000 }, { enabled: activities === undefined });
  const rows = insights.data?.rows;
  return useMemo(() => {
    if (activities) return activities;
    if (!rows) return NO_OPTIONS;
    return rows.map((r) => ({ id: r.activityId, name: r.activityName })).sort((a, b) => a.name.localeCompare(b.name));
  }, [activities, rows]);
}
