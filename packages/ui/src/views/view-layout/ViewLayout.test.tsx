import { createClient } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LearnlensProvider } from '../../provider/index.js';
import { AdminView } from '../admin-view/index.js';
import { LearnerView } from '../learner-view/index.js';
import { ManagerView } from '../manager-view/index.js';
import { datasetNow, viewDataset, viewerWith } from '../test-fixtures/viewFixtures.js';
import { columnCount } from './viewLayout.utils.js';

describe('view layout', () => {
  it('should fit one column on a phone and several on a wide monitor', () => {
    expect(columnCount(375, 340, 3, 16)).toBe(1);
    expect(columnCount(800, 340, 3, 16)).toBe(2);
    expect(columnCount(1440, 340, 3, 16)).toBe(3);
    expect(columnCount(2560, 340, 3, 16)).toBe(3);
    expect(columnCount(2560, 340, 5, 16)).toBe(5);
    expect(columnCount(0, 340, 3, 16)).toBe(1);
  });

  it('should render every view on the server as loading widgets laid out by CSS until measured', () => {
    const dataset = viewDataset();
    const now = datasetNow(dataset);
    const client = createClient({ adapter: createMockAdapter({ dataset }) });
    for (const [role, view] of [
      ['admin', <AdminView key="a" now={now} timezone="UTC" />],
      ['manager', <ManagerView key="m" now={now} timezone="UTC" />],
      ['learner', <LearnerView key="l" now={now} timezone="UTC" />],
    ] as const) {
      const html = renderToString(
        <LearnlensProvider client={client} viewer={viewerWith(dataset, role)}>
          {view}
        </LearnlensProvider>,
      );
      expect(html).toContain(`data-learnlens-widget="${role}-view"`);
      expect(html).toContain('data-state="loading"');
      expect(html).toContain('data-slot="view-grid"');
      expect(html).not.toMatch(/data-columns="/);
    }
  });
});
