import type { MockDataset } from '@learnlens/mock';
import { tableRows } from '@learnlens/mock';
import { quoteIdent } from '../identifiers.js';
import type { Queryable } from '../queryable.js';

type Row = Record<string, unknown>;

async function insert(db: Queryable, table: string, columns: Array<[string, string]>, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([n]) => n).join(', ');
  const arrays = columns.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ');
  await db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, columns.map((_, c) => rows.map((r) => r[c])));
}

/** The id of the seed assignment (a question set for one student) a canonical assignment is for one of its assignees. */
export const seedAssignmentIdOf = (assignmentId: string, userId: string) => `${assignmentId}~${userId}`;

/** The topic id of an activity category in one workspace (the seed keys topics by id; the dataset by name). */
export const topicIdOf = (orgId: string, category: string) => `${orgId}:topic:${category}`;

/**
 * Loads the tutoring orgs (score_scale 'binary') of a generated dataset into seed 003's own tables in `schema`
 * (`createSeed003Tables`): orgs as workspaces, users as workspace_members (admin → owner, manager → tutor, learner →
 * student) and learners' student_profiles, categories as topics, activities as questions (1–5 difficulty), submitted
 * attempts (the seed stores an answer when it is submitted: ended ones) with is_correct = score = 1 (null when
 * ungraded) and submitted_at = ended_at (when the answer was submitted: its start plus the time taken, on another local
 * day than the start when it ran over midnight), assignments (one per assignee: a set of one question), flags, tutoring sessions (topics_covered as
 * topic ids), AI calls and SM-2 cards.
 */
export async function loadSeed003(db: Queryable, dataset: MockDataset, schema: string): Promise<void> {
  const s = quoteIdent(schema, 'schema');
  const tutoring = new Set(dataset.orgs.filter((o) => o.score_scale === 'binary').map((o) => o.org_id));
  const rows = (t: Parameters<typeof tableRows>[1]) => [...tableRows(dataset, t)].filter((r) => tutoring.has(r.org_id as string)) as Row[];
  await insert(
    db,
    `${s}.workspaces`,
    [['id', 'text'], ['name', 'text'], ['timezone', 'text']],
    rows('orgs').map((o) => [o.org_id, o.name, o.timezone]),
  );
  const users = rows('users');
  const role = { admin: 'owner', manager: 'tutor', learner: 'student' } as Record<string, string>;
  await insert(
    db,
    `${s}.workspace_members`,
    [['workspace_id', 'text'], ['user_id', 'text'], ['role', 'text'], ['display_name', 'text']],
    users.map((u) => [u.org_id, u.user_id, role[u.role as string], u.display_name]),
  );
  await insert(
    db,
    `${s}.student_profiles`,
    [['id', 'text'], ['workspace_id', 'text'], ['user_id', 'text'], ['name', 'text'], ['academic_year', 'int'], ['cohort_id', 'text']],
    users.filter((u) => u.role === 'learner').map((u) => [`sp-${u.user_id}`, u.org_id, u.user_id, u.display_name, u.academic_year, u.cohort_id]),
  );
  const activities = rows('activities');
  const topics = new Map<string, Row>();
  for (const a of activities) topics.set(topicIdOf(a.org_id as string, a.category as string), a);
  await insert(
    db,
    `${s}.topics`,
    [['id', 'text'], ['workspace_id', 'text'], ['name', 'text']],
    [...topics].map(([id, a]) => [id, a.org_id, a.category]),
  );
  await insert(
    db,
    `${s}.questions`,
    [['id', 'text'], ['workspace_id', 'text'], ['prompt_text', 'text'], ['difficulty', 'int'], ['topic_id', 'text'], ['status', 'text'],
      ['times_attempted', 'int'], ['times_correct', 'int'], ['avg_time_seconds', 'float8']],
    activities.map((a) => [a.activity_id, a.org_id, a.title, a.difficulty_level, topicIdOf(a.org_id as string, a.category as string),
      a.status ?? 'active', a.times_attempted ?? 0, a.times_correct ?? 0, a.avg_time_seconds]),
  );
  await insert(
    db,
    `${s}.attempts`,
    [['id', 'text'], ['workspace_id', 'text'], ['student_user_id', 'text'], ['question_id', 'text'], ['is_correct', 'boolean'],
      ['time_spent_seconds', 'int'], ['submitted_at', 'timestamptz']],
    rows('attempts')
      .filter((a) => a.ended_at !== null)
      .map((a) => [a.attempt_id, a.org_id, a.user_id, a.activity_id, a.score === null ? null : a.score === 1, a.duration_seconds, a.ended_at]),
  );
  // A canonical assignment (one activity for some learners) is one seed assignment per assignee: a set of one question.
  const assignees = rows('assignment_assignees');
  const assignments = new Map(rows('assignments').map((a) => [a.assignment_id as string, a]));
  const sets = assignees.map((x) => ({ id: seedAssignmentIdOf(x.assignment_id as string, x.user_id as string), a: assignments.get(x.assignment_id as string)!, student: x.user_id }));
  await insert(
    db,
    `${s}.assignments`,
    [['id', 'text'], ['workspace_id', 'text'], ['created_by', 'text'], ['student_user_id', 'text'], ['title', 'text'], ['due_at', 'timestamptz'], ['created_at', 'timestamptz']],
    sets.map(({ id, a, student }) => [id, a.org_id, a.assigned_by, student, a.title, a.due_at, a.assigned_at]),
  );
  await insert(
    db,
    `${s}.assignment_items`,
    [['assignment_id', 'text'], ['question_id', 'text']],
    sets.map(({ id, a }) => [id, a.activity_id]),
  );
  await insert(
    db,
    `${s}.question_flags`,
    [['id', 'text'], ['question_id', 'text'], ['student_user_id', 'text'], ['reason', 'text'], ['status', 'text'], ['created_at', 'timestamptz']],
    rows('question_flags').map((f) => [f.flag_id, f.activity_id, f.user_id, f.reason, f.status, f.created_at]),
  );
  const topicIds = (orgId: string, json: string) => (JSON.parse(json) as string[]).map((name) => topicIdOf(orgId, name));
  await db.query(
    `INSERT INTO ${s}.sessions (id, workspace_id, tutor_user_id, student_user_id, scheduled_start, scheduled_end, actual_start, actual_end, topics_covered)
     SELECT x.id, x.workspace_id, x.tutor, x.student, x.ss, x.se, x.a_s, x.a_e,
       CASE WHEN x.topics IS NULL THEN NULL ELSE ARRAY(SELECT json_array_elements_text(x.topics::json)) END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::text[])
       AS x(id, workspace_id, tutor, student, ss, se, a_s, a_e, topics)`,
    (() => {
      const list = rows('tutoring_sessions');
      const cols = ['session_id', 'org_id', 'tutor_id', 'student_id', 'scheduled_start', 'scheduled_end', 'actual_start', 'actual_end'];
      return [
        ...cols.map((c) => list.map((r) => r[c])),
        list.map((r) => JSON.stringify(topicIds(r.org_id as string, r.topics_covered as string))),
      ];
    })(),
  );
  await insert(
    db,
    `${s}.ai_usage_log`,
    [['id', 'text'], ['workspace_id', 'text'], ['user_id', 'text'], ['operation_type', 'text'], ['model', 'text'], ['tokens_input', 'int'],
      ['tokens_output', 'int'], ['cost_usd', 'numeric'], ['duration_ms', 'int'], ['success', 'boolean'], ['created_at', 'timestamptz']],
    rows('ai_usage_log').map((u) => [u.id, u.org_id, u.user_id, u.operation_type, u.model, u.tokens_input, u.tokens_output, u.cost_usd,
      u.duration_ms, u.success, u.created_at]),
  );
  await insert(
    db,
    `${s}.spaced_repetition`,
    [['id', 'text'], ['workspace_id', 'text'], ['student_user_id', 'text'], ['question_id', 'text'], ['ease_factor', 'float8'],
      ['interval_days', 'int'], ['repetitions', 'int'], ['next_review', 'timestamptz'], ['last_reviewed', 'timestamptz']],
    rows('spaced_repetition').map((c) => [c.card_id, c.org_id, c.user_id, c.activity_id, c.ease_factor, c.interval_days, c.repetitions,
      c.next_review_at, c.last_reviewed_at]),
  );
}
