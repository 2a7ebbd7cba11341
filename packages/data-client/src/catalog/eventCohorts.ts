import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { defaultEventCohortBounds } from './kpiEvents.js';

/** Learners grouped by their events of one type per attempt, with each group's scores (seed 002 cohort analysis). */
export const eventCohorts = defineQuery({
  name: 'eventCohorts',
  source: '002 fact_kpi_events use case "Cohort analysis: users who ask <3 questions vs >7 questions"',
  doc:
    "A learner's attempts are their ended attempts (ended_at not null) started in [from, to) on the selected activities; " +
    'their events are the events of `eventType` tied to those attempts. Each learner with at least one such attempt ' +
    'falls in band k = how many of `bounds` their events / attempts reaches (band 0: below bounds[0]; band k: at least ' +
    'bounds[k−1] and below bounds[k]; the last band: at least the last bound). Per band, every band listed: learners, ' +
    'attempts = count(*), events, eventsPerAttempt = events / attempts (null without attempts), scoredAttempts = ' +
    'count(score), avgScore = avg(score) over the band\'s attempts (null without a scored one). Admins and managers ' +
    'only (a manager over their team): a learner is refused, since a band is a figure about other learners.',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  roles: ['admin', 'manager'],
  params: z
    .strictObject({
      ...commonParamsShape,
      eventType: z.string().min(1).max(100).default('question_asked').describe('The event type counted per attempt.'),
      bounds: z
        .array(z.number().positive().max(1_000_000))
        .min(1)
        .max(9)
        .default([...defaultEventCohortBounds])
        .refine((b) => b.every((x, i) => i === 0 || x > b[i - 1]!), { message: 'must be strictly increasing' })
        .describe('Band bounds in events per attempt, increasing; default [3, 8]: fewer than 3, 3 up to 8, 8 or more.'),
    })
    .superRefine(checkRange),
  result: z.object({
    eventType: z.string(),
    bands: z.array(
      z.object({
        band: z.number().int().nonnegative(),
        from: z.number().nonnegative().describe('Lowest events per attempt in the band (0 for the first).'),
        to: z.number().positive().nullable().describe('Events per attempt the band stays below; null for the last.'),
        learners: z.number().int().nonnegative(),
        attempts: z.number().int().nonnegative(),
        events: z.number().int().nonnegative(),
        eventsPerAttempt: z.number().nonnegative().nullable(),
        scoredAttempts: z.number().int().nonnegative(),
        avgScore: z.number().nullable(),
      }),
    ),
  }),
});
