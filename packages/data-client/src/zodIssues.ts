import type { ValidationIssue } from './errors.js';

/** Flattens zod issues into `{ path, message }` pairs a developer can read. */
export function toIssues(error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] }): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
