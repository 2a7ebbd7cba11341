import {
  AdapterError,
  answerInScope,
  auditEntrySchema,
  queryNames,
  type AdapterAnswer,
  type AuditEntry,
  type BackendAdapter,
  type QueryRequest,
  type RunHints,
} from '@learnlens/data-client';
import type { MockDataset } from './dataset/dataset.types.js';
import { createContext } from './engine/context.js';
import { runQuery } from './engine/dispatch.js';
import { exportRowColumns } from './engine/queries/exportRowColumns.js';
import { checkFaults, delay, malformedResult, seededRandom, type MockFaults } from './engine/faults.js';
import { resolveScope } from './engine/scope.js';

export type { MockFaults } from './engine/faults.js';

/** Options of `createMockAdapter`. */
export interface MockAdapterOptions {
  /** The data to answer from (`createMockDataset(...)` or `datasetFromRows(...)`). */
  dataset: MockDataset;
  /** Delay before each query answers, in ms (default 0). */
  latencyMs?: number;
  /** Probability (0–1) that a query fails with a transient AdapterError (default 0). */
  failureRate?: number;
  /** Probability (0–1) that a query answers with a result violating its schema (default 0). */
  malformedRate?: number;
  /** Seed of the fault draws, so a QA run can be replayed (default 1). */
  seed?: number;
  /** When true every audit write fails, so every export is refused (default false). */
  failAuditWrites?: boolean;
}

/** The mock backend: a BackendAdapter over an in-memory dataset, with fault switches and an audit log. */
export interface MockAdapter extends BackendAdapter {
  /** The dataset queries are answered from. */
  readonly dataset: MockDataset;
  /** Audit entries written so far, oldest first. */
  readonly auditLog: AuditEntry[];
  /** The current fault switches. */
  readonly faults: Readonly<MockFaults>;
  /** Changes some fault switches (Storybook controls, QA scripts); throws RangeError on an invalid value. */
  setFaults(faults: Partial<MockFaults>): void;
}

const NAME = 'mock';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

/** Creates the mock adapter: answers every catalog query from `dataset`, with optional simulated faults. */
export function createMockAdapter(options: MockAdapterOptions): MockAdapter {
  const { dataset } = options;
  let faults: MockFaults = {
    latencyMs: options.latencyMs ?? 0,
    failureRate: options.failureRate ?? 0,
    malformedRate: options.malformedRate ?? 0,
    failAuditWrites: options.failAuditWrites ?? false,
  };
  checkFaults(faults);
  const random = seededRandom(options.seed ?? 1);
  const auditLog: AuditEntry[] = [];

  return {
    name: NAME,
    supportedQueries: queryNames,
    dataset,
    auditLog,
    get faults() {
      return { ...faults };
    },
    setFaults(partial) {
      const next = { ...faults, ...partial };
      checkFaults(next);
      faults = next;
    },
    async run(request: QueryRequest, signal?: AbortSignal, hints?: RunHints): Promise<AdapterAnswer> {
      // Two draws per query whatever the rates, so the sequence of outcomes depends only on the seed.
      const failDraw = random();
      const malformedDraw = random();
      const { latencyMs, failureRate, malformedRate } = faults;
      if (latencyMs > 0) await delay(latencyMs, signal);
      throwIfAborted(signal);
      if (failDraw < failureRate) {
        throw new AdapterError(
          NAME,
          `Simulated failure of the mock backend answering "${request.name}" (failureRate ${failureRate}); retrying may succeed`,
          { transient: true },
        );
      }
      // The scope is resolved here, from the dataset, and used at once: nothing outside this call can change it.
      // An export's pages as columns when it asks (a malformed answer is simulated on rows, as for every query).
      const columnar = hints?.columnar === true && request.name === 'exportRows' && malformedDraw >= malformedRate;
      const answer = await answerInScope(
        request,
        (scopeRequest) => resolveScope(dataset, scopeRequest),
        (scoped) =>
          columnar && scoped.name === 'exportRows' ? exportRowColumns(createContext(dataset, scoped, false), scoped.params) : runQuery(dataset, scoped),
      );
      return malformedDraw < malformedRate ? { ...answer, result: malformedResult(answer.result) } : answer;
    },
    async writeAudit(entry: AuditEntry, signal?: AbortSignal): Promise<void> {
      throwIfAborted(signal);
      if (faults.failAuditWrites) {
        throw new AdapterError(NAME, 'Simulated audit-log write failure of the mock backend (failAuditWrites is on)', {
          transient: true,
        });
      }
      auditLog.push(structuredClone(auditEntrySchema.parse(entry)));
    },
  };
}
