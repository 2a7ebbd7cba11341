import { createClient } from '@learnlens/data-client';
import { LearnlensProvider, TeamPerformance, type TeamPerformanceProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { de } from 'date-fns/locale/de';
import { useMemo } from 'react';
import { messagesDe } from '../packages/ui/src/i18n/locales/de.js';
import { MOCK_NOW, states, useMockBackend, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

// The same backend as every story, read in German: what a host passes as the provider's locale and messages.
function InGerman(props: TeamPerformanceProps) {
  const backend = useMockBackend();
  const client = useMemo(() => createClient({ adapter: backend.adapter }), [backend]);
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }), [backend]);
  return (
    <LearnlensProvider client={client} viewer={backend.viewer} queryClient={queryClient} locale={de} messages={messagesDe}>
      <TeamPerformance {...props} />
    </LearnlensProvider>
  );
}

const base = widgetMeta<TeamPerformanceProps>(TeamPerformance);

const meta = {
  title: 'Widgets/TeamPerformance',
  ...base,
  args: { ...base.args, role: 'manager', params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' } },
} satisfies Meta<TeamPerformanceProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A manager's team beside the org's other teams: average, completion, "rank 2 of 5", every team's bar. */
export const Data: Story = {};

/** An admin sees every team, without a team of their own to headline. */
export const AsAdmin: Story = { args: { role: 'admin' } };

/** An admin looking at one team. */
export const AdminPicksTeam: Story = { args: { role: 'admin', teamId: 'org-1-team-2' } };

/** A learner is refused: the comparison is for admins and managers. */
export const AsLearner: Story = { args: { role: 'learner' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long names. */
export const Stress: Story = { args: states.stress };

/** German words, numbers and plural forms. */
export const German: Story = { render: (args) => <InGerman {...widgetProps(args)} /> };
