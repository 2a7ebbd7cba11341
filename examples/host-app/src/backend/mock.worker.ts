// Generates the mock dataset and answers catalog queries off the main thread: a 1M-attempt dataset takes
// seconds to build and would freeze the page, and copying it to the page would take as long again.
import { isLearnlensError, type AdapterAnswer, type AdapterError } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, datasetFromRows, type MockAdapter, type MockDataset, type MockFaults } from '@learnlens/mock';
import { EVENTS_ORG_MAX_ATTEMPTS, eventsOrgOf } from './eventsOrg.js';
import { eventsOrgRows } from './eventsOrgRows.js';
import { decodeEventsOrg } from './eventsOrgWire.js';
import type { DatasetInfo, FromWorker, Persona, PersonaId, ToWorker, WireError } from './protocol.js';

// Typed by hand: the webworker lib cannot be loaded next to the DOM lib the rest of the app uses.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
let adapter: MockAdapter | null = null;
// The events org, answered from its own dataset whose events, sessions and mastery deltas went through the pipeline;
// its queries wait for that (the other orgs' pages do not).
let eventsOrg: { orgId: string; adapter: Promise<MockAdapter> } | null = null;
let faultsNow: Partial<MockFaults> = {};
const running = new Map<number, AbortController>();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function toWire(error: unknown): WireError {
  if (isLearnlensError(error)) {
    const wire: WireError = { name: error.name, code: error.code, message: error.message };
    if (error.code === 'ADAPTER') wire.transient = (error as AdapterError).transient;
    return wire;
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function personasOf(dataset: MockDataset, now: number): Record<PersonaId, Persona> {
  const orgA = dataset.orgs[0];
  if (!orgA) throw new Error('The generated dataset has no organization');
  const orgB = dataset.orgs[1] ?? orgA;
  // The org whose learners take lessons and assessments: its data are seed 001's learning events.
  const eventsOrgId = eventsOrgOf(dataset);
  const eventsOrg = dataset.orgs.find((o) => o.org_id === eventsOrgId);
  const persona = (id: PersonaId, userId: string | undefined): Persona => {
    const user = dataset.users.find((u) => u.user_id === userId);
    if (!user) throw new Error(`The generated dataset has no user for the "${id}" persona`);
    const org = dataset.orgs.find((o) => o.org_id === user.org_id)!;
    const teams = dataset.teams
      .filter((t) => t.org_id === org.org_id && (user.role === 'admin' || (user.role === 'manager' && t.manager_id === user.user_id)))
      .map((t) => ({ id: t.team_id, name: t.name }));
    return {
      id,
      viewer: { userId: user.user_id, role: user.role, orgId: user.org_id },
      name: user.display_name,
      role: user.role,
      orgName: org.name,
      scoreScale: org.score_scale,
      timezone: org.timezone,
      teamId: user.team_id,
      teams,
      events: eventsOrg?.org_id === org.org_id,
      callEvents: dataset.activities.some((a) => a.org_id === org.org_id && a.kind === 'scenario'),
    };
  };
  const first = (orgId: string, role: string) => dataset.users.find((u) => u.org_id === orgId && u.role === role)?.user_id;
  // The learner shown is the manager's most active learner of the last 30 days, so their page has data.
  const busiestLearner = (orgId: string, managerId: string | undefined): string | undefined => {
    const manager = dataset.users.find((u) => u.user_id === managerId);
    const recent = new Map<number, number>();
    const range = dataset.ranges.attempts[dataset.index.org.get(orgId)!]!;
    const since = now - 30 * 86_400_000;
    for (let i = range.start; i < range.end; i++) {
      if (dataset.attempts.startedAt[i]! >= since) {
        const u = dataset.attempts.user[i]!;
        recent.set(u, (recent.get(u) ?? 0) + 1);
      }
    }
    let learnerId: string | undefined;
    let best = -1;
    for (const [index, user] of dataset.users.entries()) {
      if (user.org_id !== orgId || user.role !== 'learner') continue;
      if (manager?.team_id && user.team_id !== manager.team_id) continue;
      const count = recent.get(index) ?? 0;
      if (count > best) {
        best = count;
        learnerId = user.user_id;
      }
    }
    return learnerId ?? first(orgId, 'learner');
  };
  const managerId = first(orgA.org_id, 'manager');
  // The tutoring org (correct/incorrect scores, seed 003): its manager is a tutor with a class of students.
  const tutoring = dataset.orgs.find((o) => o.score_scale === 'binary') ?? orgA;
  const tutorId = first(tutoring.org_id, 'manager');
  // The band-scored org (IELTS writing, seed 000): a manager of a cohort and one of their writers.
  const band = dataset.orgs.find((o) => o.score_scale === 'band') ?? orgA;
  const bandManagerId = first(band.org_id, 'manager');
  return {
    admin: persona('admin', first(orgA.org_id, 'admin')),
    manager: persona('manager', managerId),
    learner: persona('learner', busiestLearner(orgA.org_id, managerId)),
    otherAdmin: persona('otherAdmin', first(orgB.org_id, 'admin')),
    tutor: persona('tutor', tutorId),
    tutoringLearner: persona('tutoringLearner', busiestLearner(tutoring.org_id, tutorId)),
    // The events org is the tutoring org: its admin's page also shows the tutors' effectiveness and the cohorts.
    eventsAdmin: persona('eventsAdmin', first((eventsOrg ?? orgA).org_id, 'admin')),
    bandManager: persona('bandManager', bandManagerId),
    bandLearner: persona('bandLearner', busiestLearner(band.org_id, bandManagerId)),
  };
}

/**
 * The events org's data through the event pipeline, which the demo's Vite server runs (server/eventsOrgPlugin.ts):
 * the generator's events of that org as raw events, ingested and transformed, at every size. The generator's own data
 * stay where the server is missing (a static copy of the demo).
 */
async function pipelineAdapter(message: Extract<ToWorker, { type: 'init' }>, dataset: MockDataset, orgId: string, generated: MockAdapter): Promise<MockAdapter> {
  const target = message.dataset.targetAttempts;
  if (target !== undefined && target > EVENTS_ORG_MAX_ATTEMPTS) return generated;
  const query = new URLSearchParams({ seed: String(message.dataset.seed), end: dataset.meta.endDate, ...(target !== undefined && { targetAttempts: String(target) }) });
  let response: Response;
  try {
    response = await fetch(`/__learnlens/events-org?${query}`);
  } catch {
    return generated;
  }
  if (response.status === 404) return generated;
  if (!response.ok) throw new Error(await response.text());
  if (response.status === 204) throw new Error(`The event pipeline found no events org, not ${orgId}`);
  const data = await decodeEventsOrg(await response.arrayBuffer());
  if (data.orgId !== orgId) throw new Error(`The event pipeline answered for org ${data.orgId}, not ${orgId}`);
  const events = createMockAdapter({ dataset: datasetFromRows(eventsOrgRows(dataset, orgId, data.rows)), ...message.faults, seed: message.faultSeed });
  events.setFaults(faultsNow);
  return events;
}

async function init(message: Extract<ToWorker, { type: 'init' }>): Promise<void> {
  try {
    const started = performance.now();
    const dataset = createMockDataset(message.dataset);
    adapter = createMockAdapter({ dataset, ...message.faults, seed: message.faultSeed });
    const eventsOrgId = eventsOrgOf(dataset);
    if (eventsOrgId !== undefined) {
      const events = pipelineAdapter(message, dataset, eventsOrgId, adapter);
      // A failure surfaces in that org's queries (their error state), not as an unhandled rejection.
      events.catch(() => undefined);
      eventsOrg = { orgId: eventsOrgId, adapter: events };
    }
    const endMs = Date.parse(`${dataset.meta.endDate}T00:00:00Z`);
    const info: DatasetInfo = {
      attempts: dataset.attempts.length,
      users: dataset.users.length,
      endDate: dataset.meta.endDate,
      now: new Date(endMs - 1).toISOString(),
      personas: personasOf(dataset, endMs - 1),
      activityNames: Object.fromEntries(dataset.activities.map((a) => [a.activity_id, a.title])),
      generatedInMs: Math.round(performance.now() - started),
    };
    post({ type: 'ready', info });
  } catch (error) {
    post({ type: 'failed', error: toWire(error) });
  }
}

/** The adapter holding the data of the org a request or audit entry is about. */
async function adapterFor(orgId: string): Promise<MockAdapter | null> {
  return eventsOrg !== null && eventsOrg.orgId === orgId ? eventsOrg.adapter : adapter;
}

async function call(message: Extract<ToWorker, { type: 'call' }>): Promise<void> {
  const controller = new AbortController();
  running.set(message.id, controller);
  try {
    const target = await adapterFor(message.method === 'writeAudit' ? message.arg.org_id : message.arg.viewer.orgId);
    if (!target) throw new Error('The mock dataset is not ready yet');
    let value: AdapterAnswer | undefined;
    if (message.method === 'writeAudit') await target.writeAudit(message.arg, controller.signal);
    // The page's client validated the request against the catalog before sending it; the scope is resolved here.
    else value = await target.run(message.arg, controller.signal);
    if (!controller.signal.aborted) post({ type: 'result', id: message.id, ok: true, value });
  } catch (error) {
    if (!controller.signal.aborted) post({ type: 'result', id: message.id, ok: false, error: toWire(error) });
  } finally {
    running.delete(message.id);
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      void init(message);
      break;
    case 'call':
      void call(message);
      break;
    case 'abort':
      running.get(message.id)?.abort();
      break;
    case 'setFaults':
      adapter?.setFaults(message.faults);
      faultsNow = { ...faultsNow, ...message.faults };
      void eventsOrg?.adapter.then((a) => a.setFaults(message.faults), () => undefined);
      break;
  }
};
