// @vitest-environment jsdom
import type { QueryRequest } from '@learnlens/data-client';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NOW, people, viewerOf } from '../test-fixtures/dataset.js';
import { renderWithLearnlens, smallAdapter } from '../test-fixtures/render.js';
import { describeError } from '../widget-shell/errorMessage.js';
import { useRecentAttempts } from './useRecentAttempts.js';

function AttemptNames({ from = '2026-01-01' }: { from?: string }) {
  const query = useRecentAttempts({ from, to: '2026-06-01', now: NOW, limit: 50 });
  if (query.status === 'error') return <p role="alert">{describeError(query.error).title}</p>;
  if (!query.data) return <p>Loading</p>;
  return (
    <ul aria-label="attempts">
      {[...new Set(query.data.rows.map((r) => r.displayName))].map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

function spyRuns(adapter: ReturnType<typeof smallAdapter>) {
  const signals: AbortSignal[] = [];
  const run = adapter.run.bind(adapter);
  adapter.run = vi.fn((request: QueryRequest, signal?: AbortSignal) => {
    if (signal) signals.push(signal);
    return run(request, signal);
  });
  return signals;
}

describe('useLearnlensQuery', () => {
  it('should render the answer for the provider viewer', async () => {
    renderWithLearnlens(<AttemptNames />, { viewer: viewerOf(people.admin) });
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.queryByText('Zed Bravo')).not.toBeInTheDocument();
  });

  it('should abort the request when the widget unmounts', async () => {
    const adapter = smallAdapter({ latencyMs: 200 });
    const signals = spyRuns(adapter);
    const view = renderWithLearnlens(<AttemptNames />, { adapter });
    await waitFor(() => expect(signals).toHaveLength(1));
    view.unmount();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('should abort the request and render only the latest answer when parameters change', async () => {
    const adapter = smallAdapter({ latencyMs: 100 });
    const signals = spyRuns(adapter);
    const view = renderWithLearnlens(<AttemptNames from="2026-01-01" />, { adapter });
    await waitFor(() => expect(signals).toHaveLength(1));
    view.rerender(<AttemptNames from="2026-05-07" />);
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    await screen.findByText('Cleo Park');
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
  });

  it('should never render the previous viewer rows after the viewer changes', async () => {
    const adapter = smallAdapter({ latencyMs: 30 });
    const seen: string[][] = [];
    const observer = new MutationObserver(() => {
      seen.push(Array.from(document.querySelectorAll('li'), (li) => li.textContent ?? ''));
    });
    const view = renderWithLearnlens(<AttemptNames />, { adapter, viewer: viewerOf(people.admin) });
    await screen.findByText('Ada Lovelace');
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    view.setViewer(viewerOf(people.otherAdmin));
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
    await screen.findByText('Zed Bravo');
    observer.disconnect();
    expect(seen.flat().filter((name) => name !== 'Zed Bravo')).toEqual([]);
  });

  it('should drop the previous viewer cached answers when the viewer changes', async () => {
    const view = renderWithLearnlens(<AttemptNames />, { viewer: viewerOf(people.admin) });
    await screen.findByText('Ada Lovelace');
    view.setViewer(viewerOf(people.otherAdmin));
    await screen.findByText('Zed Bravo');
    const keys = view.queryClient.getQueryCache().getAll().map((q) => q.queryKey[1]);
    expect(keys).toEqual(['org-b']);
  });

  it('should retry a transient adapter error with backoff and then render the data', async () => {
    const adapter = smallAdapter({ failureRate: 1 });
    const signals = spyRuns(adapter);
    renderWithLearnlens(<AttemptNames />, { adapter, retry: true });
    await waitFor(() => expect(signals).toHaveLength(1));
    adapter.setFaults({ failureRate: 0 });
    expect(await screen.findByText('Ada Lovelace', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(signals).toHaveLength(2);
  });

  it('should never retry a scope error', async () => {
    const adapter = smallAdapter();
    const run = vi.spyOn(adapter, 'run');
    renderWithLearnlens(<AttemptNames />, { adapter, retry: true, viewer: { ...viewerOf(people.ada), role: 'admin' } });
    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have access to this data");
    await new Promise((r) => setTimeout(r, 700));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
