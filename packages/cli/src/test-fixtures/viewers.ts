import type { Viewer } from '@learnlens/data-client';
import type { MockDataset } from '@learnlens/mock';

/** The first user of `role` in the dataset's first org, as a viewer. */
export function viewerOf(dataset: MockDataset, role: Viewer['role'], orgIndex = 0): Viewer {
  const orgId = dataset.orgs[orgIndex]!.org_id;
  const user = dataset.users.find((u) => u.org_id === orgId && u.role === role);
  if (!user) throw new Error(`The dataset has no ${role} in ${orgId}`);
  return { userId: user.user_id, role, orgId };
}
