// @vitest-environment node
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App.js';

// Issue 10 §5: a React 18 host that renders on the server got HTML with no widget styles (they were added to
// <head> by an effect, which never runs there). The first widget now writes each sheet inline, once.

describe(`the getting-started app rendered on a server, React ${version}`, () => {
  it('should carry each widget stylesheet once in the HTML', () => {
    const errors = vi.spyOn(console, 'error');
    const html = renderToString(<App />);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    expect(html).toContain('data-learnlens-widget="admin-view"');
    const copies = (part: string) => html.split(part).length - 1;
    // Rules that open the shared widget sheet and the view layout sheet.
    expect(copies('[data-learnlens-widget].ll-frame{')).toBe(1);
    expect(copies('.ll-view-grid{')).toBe(1);
  });
});
