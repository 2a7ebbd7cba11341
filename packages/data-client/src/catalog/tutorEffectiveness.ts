import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Days of attempts before and after a session that its accuracy change compares. */
export const IMPROVEMENT_WINDOW_DAYS = 14;

/** Per tutor: sessions held, assignments set, how far students completed them, their scores, and their progress after a session. */
export const tutorEffectiveness = defineQuery({
  name: 'tutorEffectiveness',
  source: '003 tutor effectiveness analytics (session outcomes, assignment creation patterns)',
  doc:
    'Per tutor with a session or an assignment in scope and filters. Sessions: tutoring sessions held (actual_start ' +
    'set) that started in [from, to) with a student in scope; sessionsConducted = their count, students = distinct ' +
    'students. Improvement, for each such session whose after-window has ended by `now`: before = accuracy of the ' +
    'student\'s attempts started in [actual_start − 14 days, actual_start), after = accuracy of those started in ' +
    '[actual_end, actual_end + 14 days) (days of 24 hours; submitted (ended) attempts at questions; accuracy = correct × 100.0 / ' +
    'attempts in percent as accuracyTrend, ungraded counting as not correct; activityIds filters the attempts); a ' +
    'session counts when both windows hold an attempt; ' +
    'sessionsMeasured = their count, accuracyBefore / accuracyAfter = the means of the two accuracies and ' +
    'accuracyChange = the mean of (after − before) in percentage points over them (null when none). Assignments: those the tutor ' +
    'assigned (assigned_by) in [from, to) on the filtered activities with an assignee in scope; assignmentsCreated ' +
    '= their count; assignmentCompletionRate = the mean over them of each assignment\'s completion rate among its ' +
    'assignees in scope (as assignmentProgress: an attempt on the activity started at or after assigned_at and ' +
    'ended); avgStudentScore = the mean over them of the average graded score of those assignees\' attempts on the ' +
    'activity started at or after assigned_at (assignments without one skipped; null when none). Rows by tutorId.',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        tutorId: z.string(),
        displayName: z.string(),
        sessionsConducted: z.number().int().nonnegative(),
        students: z.number().int().nonnegative(),
        sessionsMeasured: z.number().int().nonnegative(),
        accuracyBefore: z.number().min(0).max(100).nullable(),
        accuracyAfter: z.number().min(0).max(100).nullable(),
        accuracyChange: z.number().min(-100).max(100).nullable(),
        assignmentsCreated: z.number().int().nonnegative(),
        assignmentCompletionRate: z.number().min(0).max(1).nullable(),
        avgStudentScore: z.number().nullable(),
      }),
    ),
  }),
});
