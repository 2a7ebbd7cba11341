import * as z from 'zod/mini';

/** A viewer's role inside one org. In zod/mini: every query's viewer check carries it (see params.ts). */
export const roleSchema = z.enum(['admin', 'manager', 'learner']);
export type Role = z.infer<typeof roleSchema>;
