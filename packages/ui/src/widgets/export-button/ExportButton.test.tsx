// @vitest-environment jsdom
import type { ExportResult } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetWithAttempts } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens, smallAdapter } from '../../test-fixtures/render.js';
import { useSameRealmTextEncoder } from '../../test-fixtures/sameRealmTextEncoder.js';
import { ExportButton } from './ExportButton.js';

const allTime = { now: '2026-05-20T12:00:00.000Z' };
let createObjectURL: ReturnType<typeof vi.fn>;
useSameRealmTextEncoder();

beforeEach(() => {
  createObjectURL = vi.fn(() => 'blob:learnlens-test');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('should show the row count before anything is exported', async () => {
    const user = userEvent.setup();
    const adapter = smallAdapter();
    renderWithLearnlens(<ExportButton params={allTime} />, { adapter });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('This export has 9 rows.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV (9 rows)' })).toBeEnabled();
    expect(adapter.auditLog).toHaveLength(0);
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('should download the CSV through a Blob after writing the audit entry', async () => {
    const user = userEvent.setup();
    const adapter = smallAdapter();
    renderWithLearnlens(<ExportButton params={allTime} />, { adapter });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download CSV (9 rows)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Downloaded 9 rows as CSV \(learnlens-export-org-a-.*\.csv\)/);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(adapter.auditLog).toEqual([expect.objectContaining({ format: 'csv', row_count: 9, org_id: 'org-a' })]);
  });

  it('should refuse a CSV of 10,001 rows, say why and offer Parquet', async () => {
    const user = userEvent.setup();
    const adapter = createMockAdapter({ dataset: datasetWithAttempts(10_001 - 9) });
    renderWithLearnlens(<ExportButton params={allTime} />, { adapter });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const reason = await screen.findByRole('alert');
    expect(reason).toHaveTextContent(
      'CSV exports are limited to 10,000 rows and this one has 10,001. Export as Parquet, which has no row limit, or narrow the filters.',
    );
    expect(screen.getByRole('button', { name: 'Download CSV (10,001 rows)' })).toBeDisabled();
    await user.click(within(reason).getByRole('button', { name: 'Switch to Parquet' }));
    expect(screen.getByRole('radio', { name: 'Parquet' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download Parquet (10,001 rows)' }));
    expect(await screen.findByRole('status', {}, { timeout: 20_000 })).toHaveTextContent('Downloaded 10,001 rows as Parquet');
    expect(adapter.auditLog).toEqual([expect.objectContaining({ format: 'parquet', row_count: 10_001 })]);
  });

  it('should show a failed audit write as an error and download nothing', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn();
    const adapter = smallAdapter({ failAuditWrites: true });
    renderWithLearnlens(
      <>
        <ExportButton params={allTime} />
        <ExportButton params={allTime} label="Upload" onExport={onExport} />
      </>,
      { adapter },
    );
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download CSV (9 rows)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Export stopped: it could not be recorded in the audit log.');
    expect(alert).toHaveTextContent('nothing was exported');
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(HTMLAnchorElement.prototype.click).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    await user.click(await screen.findByRole('button', { name: 'Export CSV (9 rows)' }));
    expect(await screen.findByText('Export stopped: it could not be recorded in the audit log.')).toBeInTheDocument();
    expect(onExport).not.toHaveBeenCalled();
  });

  it('should hand the export to the host onExport instead of downloading it', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn(async (_result: ExportResult) => {});
    renderWithLearnlens(<ExportButton params={allTime} onExport={onExport} defaultFormat="parquet" />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Export Parquet (9 rows)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exported 9 rows as Parquet');
    expect(onExport).toHaveBeenCalledWith(expect.objectContaining({ format: 'parquet', rowCount: 9, audit: expect.any(Object) }));
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('should show progress while a large export runs', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<ExportButton params={allTime} pageSize={2} />, { adapter: smallAdapter({ latencyMs: 40 }) });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download CSV (9 rows)' }));
    expect(await screen.findByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    expect(await screen.findByText(/Fetching rows: \d of 9/)).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded 9 rows as CSV');
  });

  it('should close with Escape and return focus to the button', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<ExportButton params={allTime} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('dialog', { name: 'Export data' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });
});
