import type * as z from 'zod';
import type { ValidationIssue } from './errors.js';

/** Flattens zod issues into `{ path, message }` pairs a developer can read. */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
