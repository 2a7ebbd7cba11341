import type { MockDataset } from '../dataset/dataset.types.js';

/**
 * `build(dataset, org)` remembered per dataset and org index, built on first use. Datasets are not changed after they
 * are made (the engine only reads them), so an entry never goes stale, and the WeakMap lets a dropped dataset go.
 */
export function perOrgCache<T>(build: (dataset: MockDataset, org: number) => T): (dataset: MockDataset, org: number) => T {
  const built = new WeakMap<MockDataset, Array<T | undefined>>();
  return (dataset, org) => {
    let byOrg = built.get(dataset);
    if (byOrg === undefined) built.set(dataset, (byOrg = []));
    return (byOrg[org] ??= build(dataset, org));
  };
}
