import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = ['dueAt', 'completionRate', 'overdue', 'title'] as const;

/** Completion of each assignment among its assignees in scope (seed 002 manager "Assignment Tracking"). */
export const assignmentProgress = defineQuery({
  name: 'assignmentProgress',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(undefined, 100_000), sort: sortSchema(sortFields, 'dueAt') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        assignmentId: z.string(),
        title: z.string(),
        activityId: z.string(),
        activityName: z.string(),
        teamId: z.string(),
        required: z.boolean(),
        assignedAt: z.iso.datetime(),
        dueAt: z.iso.datetime(),
        assigned: z.number().int().positive(),
        completed: z.number().int().nonnegative(),
        completionRate: z.number().min(0).max(1),
        overdue: z.number().int().nonnegative(),
        isOverdue: z.boolean(),
      }),
    ),
  }),
});
