import { createClient } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { ActivityHeatmap, AdminView, LearnlensProvider, type HeatmapSelection } from '@learnlens/ui';
import { useState } from 'react';

// No endDate: the generated history ends today, so "this month" has data on the first run.
const dataset = createMockDataset({ seed: 1 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const viewer = { userId: 'org-1-u-0001', role: 'admin', orgId: 'org-1' } as const;
// The catalog has no team list (a host knows its own teams): here they come from the mock dataset.
const orgTeams = dataset.teams.filter((t) => t.org_id === viewer.orgId).map((t) => ({ id: t.team_id, name: t.name }));

export function App() {
  const [day, setDay] = useState<HeatmapSelection | null>(null);
  return (
    <LearnlensProvider client={client} viewer={viewer}>
      <ActivityHeatmap selected={day} onSelect={setDay} />
      <AdminView teams={orgTeams} timezone="Europe/Berlin" />
    </LearnlensProvider>
  );
}
