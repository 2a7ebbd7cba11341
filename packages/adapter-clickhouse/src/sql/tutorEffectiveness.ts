import { IMPROVEMENT_WINDOW_DAYS, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { activityConditions, and, isAnswer, rangeConditions, readTutorEffectiveness, userConditions, type Row } from '@learnlens/sql';
import { compareTime, inList, int } from '../literal.js';
import { context, type Db } from './context.js';
import { SUBMITTED } from './questions.js';

// Days of 24 hours in seconds: DateTime arithmetic in ClickHouse is in seconds.
const WINDOW_SECONDS = IMPROVEMENT_WINDOW_DAYS * 86_400;

/**
 * `tutorEffectiveness`: per tutor, sessions held and their students' accuracy in the two weeks around each, and the
 * assignments the tutor set with completion and scores. 18.16 joins only by equality (USING), so each part is its own
 * statement: the time windows are conditions after a join on the student, and the parts meet here by tutor.
 */
export async function tutorEffectiveness(
  request: AdapterRequestFor<'tutorEffectiveness'>,
  db: Db,
): Promise<QueryResult<'tutorEffectiveness'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  // Sessions held with a student in scope that started in [from, to); user_id is the student.
  const held = `SELECT session_id, tutor_id, student_id AS user_id, assumeNotNull(actual_start) AS s_start,
      assumeNotNull(ifNull(actual_end, actual_start)) AS s_end
    FROM ${t.tutoring_sessions}
    WHERE ${and([`org_id = ${ctx.org}`, 'isNotNull(actual_start)', ...userConditions(ctx, request, ''), ...rangeConditions(ctx, 'actual_start', params.from, params.to)])}`;
  const sessionsSql = `SELECT tutor_id, count() AS conducted, uniqExact(user_id) AS students FROM (${held}) GROUP BY tutor_id`;

  const w = int(WINDOW_SECONDS);
  const windowAttempts = `SELECT user_id, ${SUBMITTED} AS submitted_at, ifNull(score = 1, 0) AS is_correct FROM ${t.attempts}
    WHERE ${and([`org_id = ${ctx.org}`, ...userConditions(ctx, request, ''), ...activityConditions(ctx, request, ''), isAnswer(ctx, '')])}`;
  const perSession = `SELECT session_id, any(tutor_id) AS tutor, countIf(submitted_at < s_start) AS n_before,
      countIf(submitted_at < s_start AND is_correct = 1) AS c_before, countIf(submitted_at >= s_end) AS n_after,
      countIf(submitted_at >= s_end AND is_correct = 1) AS c_after
    FROM (${held}) ALL INNER JOIN (${windowAttempts}) USING user_id
    WHERE ${compareTime(`(s_end + ${w})`, '<=', Date.parse(params.now))}
      AND ((submitted_at >= s_start - ${w} AND submitted_at < s_start) OR (submitted_at >= s_end AND submitted_at < s_end + ${w}))
    GROUP BY session_id`;
  const windowsSql = `SELECT tutor AS tutor_id, count() AS measured, avg(c_before * 100 / n_before) AS acc_before,
      avg(c_after * 100 / n_after) AS acc_after, avg(c_after * 100 / n_after - c_before * 100 / n_before) AS acc_change
    FROM (${perSession}) WHERE n_before > 0 AND n_after > 0 GROUP BY tutor`;

  const assignments = and([
    `org_id = ${ctx.org}`,
    ...activityConditions(ctx, request, ''),
    ...rangeConditions(ctx, 'assigned_at', params.from, params.to),
  ]);
  const pairs = `SELECT assignment_id, user_id, tutor, activity_id, assigned_at
    FROM ${t.assignment_assignees}
    ALL INNER JOIN (SELECT assignment_id, assigned_by AS tutor, activity_id, assigned_at FROM ${t.assignments} WHERE ${assignments}) USING assignment_id
    WHERE ${and([`org_id = ${ctx.org}`, ...userConditions(ctx, request, '')])}`;
  // The adapter joins with join_use_nulls: an assignee without attempts gets NULLs, which every condition counts as false.
  const since = 'ifNull(started_at >= assigned_at, 0)';
  const perAssignee = `SELECT assignment_id, user_id, any(tutor) AS tutor_of,
      max(${since} AND isNotNull(ended_at)) AS done,
      sumIf(ifNull(score, 0), ${since} AND isNotNull(score)) AS score_sum,
      countIf(${since} AND isNotNull(score)) AS scored
    FROM (${pairs})
    ALL LEFT JOIN (SELECT user_id, activity_id, started_at, ended_at, score FROM ${t.attempts} WHERE org_id = ${ctx.org}) USING (user_id, activity_id)
    GROUP BY assignment_id, user_id`;
  const perAssignment = `SELECT assignment_id, any(tutor_of) AS tutor_id, avg(done) AS rate,
      if(sum(scored) > 0, sum(score_sum) / sum(scored), NULL) AS assignment_score
    FROM (${perAssignee}) GROUP BY assignment_id`;
  const assignmentsSql = `SELECT tutor_id, count() AS created, avg(rate) AS completion, avg(assignment_score) AS avg_score
    FROM (${perAssignment}) GROUP BY tutor_id`;

  const [sessions, windows, setBy] = await Promise.all([db.select(sessionsSql), db.select(windowsSql), db.select(assignmentsSql)]);
  const byTutor = new Map<string, Row>();
  const merge = (rows: readonly Row[]) => {
    for (const r of rows) byTutor.set(r.tutor_id as string, { ...byTutor.get(r.tutor_id as string), ...r });
  };
  merge(sessions);
  merge(windows);
  merge(setBy);
  const ids = [...byTutor.keys()];
  if (ids.length > 0) {
    const names = await db.select(`SELECT user_id, display_name FROM ${t.users} WHERE org_id = ${ctx.org} AND ${inList('user_id', ids)}`);
    for (const n of names) byTutor.get(n.user_id as string)!.display_name = n.display_name;
  }
  const rows = ids
    .sort(byCodePoint)
    .map((id) => {
      const r = byTutor.get(id)!;
      return readTutorEffectiveness({
        tutor_id: id,
        display_name: r.display_name ?? id,
        conducted: r.conducted ?? 0,
        students: r.students ?? 0,
        measured: r.measured ?? 0,
        acc_before: r.acc_before ?? null,
        acc_after: r.acc_after ?? null,
        acc_change: r.acc_change ?? null,
        created: r.created ?? 0,
        completion: r.completion ?? null,
        avg_score: r.avg_score ?? null,
      });
    });
  return { rows };
}

// Code-point order, as the other backends sort tutor ids.
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
