// Seed 002 names two uses of fact_kpi_events without SQL: "Heatmap: when do filler words occur in calls?" and
// "Cohort analysis: users who ask <3 questions vs >7 questions". These are their plain readings over the seed's own
// columns (timestamp_ms, duration_seconds), the reference eventTiming and eventCohorts are checked against.
import { num, type Row } from './compare.js';
import type { SqlClient } from './load.js';

/** Events per type and tenth of the call: timestamp_ms over duration_seconds, an event at the very end in tenth 9. */
export const eventTimingSql = `select
  e.event_type,
  least(9, floor(e.timestamp_ms * 10.0 / (a.duration_seconds * 1000)))::int as tenth,
  count(*) as events,
  count(distinct e.attempt_id) as attempts
from fact_kpi_events e
join fact_scenario_attempts a on e.attempt_id = a.attempt_id
where e.org_id = $1
  and e.event_type = any($2::text[])
  and a.duration_seconds > 0
  and e.timestamp_ms between 0 and a.duration_seconds * 1000
group by grouping sets ((e.event_type, 2), (e.event_type))
order by 1, 2;`;

/**
 * Learners by events of type $2 per completed attempt: fewer than $3, $3 up to $4, $4 or more (the seed's "<3 vs >7"
 * with $3 = 3, $4 = 8), with each cohort's attempts and average score.
 */
export const eventCohortsSql = `with per_attempt as (
  select attempt_id, count(*) as n
  from fact_kpi_events
  where org_id = $1 and event_type = $2
  group by attempt_id
),
per_learner as (
  select
    a.user_id,
    count(*) as attempts,
    coalesce(sum(p.n), 0) as events,
    count(a.score) as scored,
    sum(a.score) as score_sum
  from fact_scenario_attempts a
  left join per_attempt p on p.attempt_id = a.attempt_id
  where a.org_id = $1
    and a.ended_at is not null
  group by a.user_id
)
select
  case
    when events::float8 / attempts < $3::float8 then 0
    when events::float8 / attempts < $4::float8 then 1
    else 2
  end as cohort,
  count(*) as learners,
  sum(attempts) as attempts,
  sum(events) as events,
  sum(score_sum) / nullif(sum(scored), 0) as avg_score
from per_learner
group by 1
order by 1;`;

/** The eventTiming rows of the reference: per type, its events and attempts and the events per tenth. */
export async function eventTimingRef(sql: SqlClient, orgId: string, eventTypes: readonly string[]): Promise<Row[]> {
  const { rows } = await sql.query(eventTimingSql, [orgId, eventTypes]);
  const out = new Map<string, Row>();
  for (const r of rows) {
    const type = String(r.event_type);
    const row = out.get(type) ?? { eventType: type };
    if (r.tenth === null) Object.assign(row, { events: num(r.events), attempts: num(r.attempts) });
    else row[`t${r.tenth}`] = num(r.events);
    out.set(type, row);
  }
  return [...out.values()];
}

/** The eventCohorts rows of the reference: per non-empty cohort, its learners, attempts, events and average score. */
export async function eventCohortsRef(sql: SqlClient, orgId: string, eventType: string, bounds: readonly [number, number]): Promise<Row[]> {
  const { rows } = await sql.query(eventCohortsSql, [orgId, eventType, bounds[0], bounds[1]]);
  return rows.map((r) => ({
    band: num(r.cohort),
    learners: num(r.learners),
    attempts: num(r.attempts),
    events: num(r.events),
    avgScore: num(r.avg_score),
  }));
}
