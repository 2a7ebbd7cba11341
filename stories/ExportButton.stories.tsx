import { ExportButton, exportFormats, type ExportButtonProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, useMockBackend, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = ExportButtonProps & MockArgs;

// QA sees the backend's side of an export: the audit entry written before any byte.
function AuditLog() {
  const { adapter } = useMockBackend();
  // The adapter has no change events; a QA panel can afford to look twice a second.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <details data-testid="audit-log" style={{ marginTop: 16, fontSize: 12 }}>
      <summary>Audit log ({adapter.auditLog.length})</summary>
      <pre>{JSON.stringify(adapter.auditLog, null, 2)}</pre>
    </details>
  );
}

const meta = {
  title: 'Widgets/ExportButton',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: ExportButton as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => (
    <>
      <ExportButton {...widgetProps(args)} />
      <AuditLog />
    </>
  ),
  argTypes: {
    ...mockArgTypes,
    formats: { control: 'check', options: exportFormats },
    defaultFormat: { control: 'inline-radio', options: exportFormats },
  },
  args: {
    ...mockDefaults,
    params: { now: MOCK_NOW, from: '2026-10-01', to: '2026-11-01', timezone: 'UTC' },
    onExport: fn(),
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An export of October's attempts; the result goes to `onExport` (see Actions) instead of a download. */
export const Data: Story = {};

/** Without `onExport`, the file downloads. */
export const Download: Story = { args: { onExport: undefined } };

/** More than 10,000 rows: CSV is refused with the reason, Parquet offered. */
export const OverCsvLimit: Story = {
  args: { datasetSize: 'large org', params: { now: MOCK_NOW, from: '2026-05-01', to: '2026-11-01', timezone: 'UTC' } },
};

/** The row count is still loading. */
export const Loading: Story = { args: states.loading };

/** Nothing matches: there is nothing to export. */
export const Empty: Story = { args: states.empty };

/** Counting fails, with Retry. */
export const Error: Story = { args: states.error };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** A large org with long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };

/** The export flow: open, choose CSV, export; the audit entry is written and the rows are handed over. */
export const ExportFlow: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Export' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Export data' });
    const panel = within(dialog);
    await panel.findByText(/This export has [\d,]+ rows?\./, {}, { timeout: 10_000 });
    await userEvent.click(panel.getByRole('radio', { name: 'CSV' }));
    await userEvent.click(panel.getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => expect(args.onExport).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const result = (args.onExport as ReturnType<typeof fn>).mock.calls[0]![0] as { rowCount: number; format: string };
    expect(result.format).toBe('csv');
    expect(await panel.findByRole('status')).toHaveTextContent(`Exported ${result.rowCount.toLocaleString('en-US')} rows as CSV`);
    await waitFor(() => expect(canvas.getByTestId('audit-log')).toHaveTextContent(/Audit log \(1\)/));
  },
};
