import { catalog, isQueryName, parseViewer, queryNames, ValidationError, type QueryName, type Viewer } from '@learnlens/data-client';
import { parseJsonObject, requiredFlag, stringFlag, type FlagValues } from './args.js';
import { UsageError } from './usageError.js';

/** A query name, viewer and parameters read from the command line and checked before any data is loaded. */
export interface CheckedRequest<N extends QueryName> {
  name: N;
  viewer: Viewer;
  /** The parameters as given: the client validates them again and applies defaults. */
  params: Record<string, unknown>;
}

/** Fails with the known query names unless `name` is one. */
export function checkQueryName(name: string | undefined): QueryName {
  if (name === undefined) throw new UsageError('missing query NAME (see learnlens query --help)');
  if (!isQueryName(name)) throw new UsageError(`unknown query "${name}"; known queries: ${queryNames.join(', ')}`);
  return name;
}

/** Reads --viewer and --params (default {}) for query `name` and validates both, naming every bad field. */
export function checkRequest<N extends QueryName>(command: string, name: N, values: FlagValues): CheckedRequest<N> {
  const rawViewer = parseJsonObject('viewer', requiredFlag(command, values, 'viewer'));
  const paramsText = stringFlag(values, 'params');
  const params = paramsText === undefined ? {} : parseJsonObject('params', paramsText);
  let viewer: Viewer;
  try {
    viewer = parseViewer(rawViewer);
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(`invalid --viewer: ${describeIssues(error.issues)}`);
    throw error;
  }
  const parsed = catalog[name].params.safeParse(params);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new UsageError(`invalid --params for query "${name}": ${describeIssues(issues)}`);
  }
  return { name, viewer, params };
}

/** "field: problem; other.field: problem" for a list of validation issues. */
export function describeIssues(issues: ReadonlyArray<{ path: string; message: string }>): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}
