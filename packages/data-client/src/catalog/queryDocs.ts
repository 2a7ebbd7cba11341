import type { QueryName } from './index.js';

// What each catalog query means, apart from its definition: the definitions ride into every widget's browser bundle
// (a hook hands its query's definition to the client), this prose does not. The docs generator
// (scripts/catalogDocs.ts → docs/query-catalog.md), the server and the CLI import it; a browser bundle never needs to.

/** The meaning of one catalog query. */
export interface QueryDoc {
  /** The seed document (and object in it) the meaning comes from. */
  source: string;
  /** One-line definition of what the numbers mean: the meaning every adapter must reproduce. */
  doc: string;
  /** Meanings of parameters only this query has, or that it reads differently from `paramDocs`, by name. */
  params?: Readonly<Record<string, string>>;
}

/**
 * Meanings of the parameters several queries share, and of one-off ones whose name says what they are, by name (a
 * query's `params` in `queryDocs` overrides).
 * `{default}` and `{max}` are filled from the schema by `paramDoc`.
 */
export const paramDocs: Readonly<Record<string, string>> = {
  orgId: "The org to read; when given it must be the viewer's own active org.",
  from: 'First calendar day included, in `timezone`.',
  to: 'First calendar day excluded, in `timezone`.',
  timezone: 'IANA time zone of calendar days, buckets and hours.',
  now: 'The instant relative windows ("last 7 days", "this month") are measured from; default: the current time.',
  teamId: 'Only learners of this team.',
  userIds: 'Only these learners.',
  activityIds: 'Only these activities (content items, for mastery).',
  period: 'The calendar week (from Monday) or month holding `now`, or "range" for [from, to).',
  offset: 'Rows to skip.',
  sort: 'Sort field; a leading "-" sorts descending.',
  days:
    '"all" (default), "weekdays" (Monday–Friday) or "weekends" (Saturday and Sunday): only rows whose instant falls on such a ' +
    'local day in `timezone` count (seed 002 `not dim_time.is_weekend`).',
  bucket: 'Time bucket: "day", "week" (from `weekStart`, default Monday) or "month", in `timezone`.',
  weekStart: 'First day of a "week" bucket: 0 = Sunday, 1 = Monday (default) … 6 = Saturday, as date-fns weekStartsOn.',
  userId: 'The learner; default: the viewer.',
  afterStartedAt: 'With afterAttemptId: only rows after this (started_at, attempt_id) in the export order (keyset paging).',
  afterAttemptId: 'The attempt_id of the last row already read (with afterStartedAt).',
  threshold: 'The mastery (0–1] an item must reach from below to count.',
  masteryThreshold: 'Recent accuracy (0.5–1, whole percent) that makes a learner proficient in a topic (seed: 0.8).',
  recentAttempts: "How many of a learner's latest attempts in a topic are the recent evidence.",
  minAttempts: 'Answers a question needs before it can be called miscalibrated.',
  activityId: "The activity to detail; it must belong to the viewer's org.",
  learnerLimit: 'Learners to list at most ({default}, max {max}).',
  eventTypes: 'The event types to place; default: the six KPI event types of seed 002.',
  bounds: 'Band bounds in events per attempt, increasing; default [3, 8]: fewer than 3, 3 up to 8, 8 or more.',
  limit: 'Rows to return at most ({default}, max {max}).',
};

/** Every catalog query's meaning and seed source, by name (the type makes a missing query a compile error). */
export const queryDocs: { readonly [N in QueryName]: QueryDoc } = {
  orgOverview: {
    source: '002 mv_org_overview',
    doc: 'Over attempts with ended_at set (started in [from, to) when given): distinct learners, attempts, avg(score) ' +
      'ignoring unscored, max(ended_at), and attempts whose ended_at >= now − 7 / 30 days (no upper bound, as in the ' +
      'seed); attemptsPrevious7Days / 30Days count ended_at in [now − 14, now − 7) / [now − 60, now − 30) days. ' +
      'Days are calendar days in `timezone`, as PostgreSQL subtracts intervals with that session time zone.',
  },
  leaderboard: {
    source: '002 mv_leaderboard_month',
    doc: 'Scored attempts (score not null) started in the period (the calendar week from Monday or month holding `now`, ' +
      'or [from, to)), per learner: avg(score), count, sum(duration_seconds), avg(talk_ms / (talk_ms + listen_ms) × 100) ' +
      'over attempts with both set and a non-zero sum; rank() by avg(score) desc among the learners in scope and filters ' +
      '(ties share a rank, the next rank skips); two averages are equal when they agree to 9 decimals (round(avg, 9)), ' +
      'so the same scores summed in another order never split a tie, and sorting by avgScore uses the same value; ' +
      'previousRank is the same rank in the period just before (same length), ' +
      'null if unranked there. Rows with equal rank are ordered by userId.',
  },
  activityHeatmap: {
    source: '002 user activity heatmap; 001 activity heatmaps',
    doc: 'Attempts started in [from, to), grouped by the calendar day of started_at in `timezone` (grid "calendar", ' +
      'bucket "day") or by ISO weekday (1 = Monday) × hour in `timezone` (grid "weekdayHour"): count(*) and ' +
      'count(distinct user_id). Only non-empty cells are returned, in date (or weekday, hour) order.',
    params: {
      grid: '"calendar" for one cell per day, "weekdayHour" for the 7 × 24 grid.',
      bucket: 'Calendar cells are days.',
    },
  },
  scoreTrend: {
    source: '002 average score by month; 003 accuracy over time',
    doc: 'Attempts started in [from, to), grouped by date_trunc(bucket, started_at) in `timezone` (weeks start on `weekStart`, default Monday): ' +
      'avgScore = the average score of graded attempts, avg(score) ignoring unscored ones (null when none, in the ' +
      'activities\' own scale), attempts = count(*), scoredAttempts = count(score), completedAttempts = count(ended_at) ' +
      '(the attempts that ended, bucketed by the same started_at as orgOverview\'s totalAttempts counts them). For 0/1-scored (binary) ' +
      'activities also seed 003\'s accuracy: submittedAttempts = attempts that ended, correctAttempts = those scored 1, ' +
      'accuracy = correctAttempts / submittedAttempts, so an ungraded answer counts as not correct (× 100 is the ' +
      'seed\'s COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*), with answers placed at their start like every ' +
      'figure here: accuracyTrend places them at their submit instant, as the seed does); null when no binary attempt ended. Only ' +
      'buckets with attempts are returned, oldest first.',
  },
  masteryTrend: {
    source: '001 content_mastery_trends, mastery_deltas',
    doc: 'Mastery deltas with occurred_at in [from, to) grouped by content_id, content_type and bucket in `timezone`: ' +
      'count(distinct user_id) as learnersAffected, avg(mastery_delta), avg(current_mastery), avg(confidence_score), ' +
      'count(*) and a 95% confidence band avg(current_mastery) ± 1.96 × stddev_samp / √n, clamped to [0, 1] ' +
      '(the mean itself when n = 1). activityIds selects content items; one learner in userIds gives their path.',
  },
  activityInsights: {
    source: '002 mv_scenario_insights',
    doc: 'Scored attempts (score not null) started in [from, to), per activity: count(*), avg(score), sample stddev(score) ' +
      '(null for one attempt), percentile_cont(0.5) median, avg(duration_seconds) ignoring nulls, max(ended_at). ' +
      'Sorted by `sort` (nulls last), ties by activityId. activityName is added from the activity table.',
  },
  recentAttempts: {
    source: '002 recent attempts table',
    doc: 'Attempts started in [from, to) in scope and filters, sorted by `sort` (unscored and null durations last; ' +
      'displayName and activityName compare by code point, a missing name as the id), ties by attemptId; `total` counts every matching attempt, `rows` is the page [offset, offset + limit).',
  },
  personalStats: {
    source: '002 trainee dashboard getPersonalStats',
    doc: 'For one learner (`userId`, default the viewer): attemptsThisWeek = attempts started in [now − 7 calendar ' +
      'days in `timezone`, now] ' +
      '(the seed\'s subWeeks(now, 1)), avgScoreThisWeek = avg(score) over those ignoring unscored (the seed counted ' +
      'them as 0, a bug); over attempts started in [from, to): totalAttempts, avgScore, lastAttemptAt = max(started_at) ' +
      'and the score trend per bucket. avgScore is the average score of graded attempts. For 0/1-scored (binary) ' +
      'activities, accuracyThisWeek, accuracy and each trend point\'s accuracy are seed 003\'s accuracy: attempts ' +
      'scored 1 / attempts that ended, an ungraded answer counting as not correct (null when no binary attempt ended); ' +
      'currentStreakDays = consecutive calendar days in `timezone` with an attempt, ' +
      'ending today or yesterday (relative to `now`).',
  },
  assignmentProgress: {
    source: '002 assignment tracking; 003 assignments',
    doc: 'Assignments due in [from, to) with at least one assignee in scope and filters (activityIds filters the ' +
      'assigned activity): assigned = those assignees; completed = those with an attempt on the activity that ' +
      'started at or after assigned_at and has ended_at set; completionRate = completed / assigned; overdue = ' +
      'assignees not completed when now > due_at; isOverdue = overdue > 0.',
  },
  learnerActivitySummary: {
    source: '001 learner_activity_summary',
    doc: 'Per learner and calendar day of occurred_at in `timezone`, for events in [from, to) (activityIds narrows the ' +
      'events): dailyEvents = count(*), sessions = count(distinct session_id), lessonsCompleted / ' +
      'assessmentsCompleted = events of type lesson_complete / assessment_complete; hoursSpent = ' +
      'sum(duration_seconds) / 3600 of that learner\'s sessions that started that day. Only days with events appear. ' +
      'Newest day first, then by learnerId.',
  },
  eventFrequency: {
    source: '002 fact_kpi_events filler word frequency',
    doc: 'Events of `eventType`, bucketed by their attempt\'s started_at (as the seed joins fact_kpi_events to ' +
      'fact_scenario_attempts) or, for events with no attempt, their own occurred_at, in `timezone`, within ' +
      '[from, to): count(*) and count(distinct attempt_id). Only non-empty buckets, oldest first.',
    params: {
      eventType: 'The event type to count, e.g. "filler_word".',
    },
  },
  exportRows: {
    source: '000 BI export schema',
    doc: 'One row per attempt started in [from, to) in scope and filters, ordered by started_at then attempt_id; ' +
      'average_band = round(avg(task1_band, task2_band present), 2). `total` counts every matching attempt. ' +
      'With afterStartedAt and afterAttemptId, only the rows after that key (started_at, then attempt_id in binary ' +
      'order), and `total` counts those: keyset paging, so rows inserted meanwhile cannot shift the pages of an export.',
  },
  engagement: {
    source: '001 Looker learner engagement overview (raw_events, session_metrics)',
    doc: 'Per calendar day d in `timezone`, from ≤ d < to and d ≤ the local day of `now`: dau = count(distinct user_id) ' +
      'of events on d, wau = over the 7 days d−6 … d, mau = over the 30 days d−29 … d (earlier events than `from` ' +
      'count in the windows), stickiness = dau / mau; events = count(*) of events on d; sessions and hoursSpent = ' +
      'count(*) and sum(duration_seconds) / 3600 of the sessions that started on d. activityIds narrows the events, ' +
      'not the sessions. Only days with mau > 0 appear, oldest first.',
  },
  contentPerformance: {
    source: '001 Looker content performance metrics (raw_events)',
    doc: 'Events with an activity_id and occurred_at in [from, to), per activity_id: learners = count(distinct user_id), ' +
      'starts / completions = events of type lesson_start, assessment_start, attempt_started / lesson_complete, ' +
      'assessment_complete, attempt_completed, completionRate = learners with a completion / learners, ' +
      'avgAssessmentScore = avg of the numeric payload `score` of assessment_complete events (null when none), ' +
      'avgTimeSeconds = avg over visits (one learner, session and item) of the seconds from their first to their last ' +
      'event on the item. Ordered by activityId (code points).',
  },
  sessionQuality: {
    source: '001 Looker session quality analysis (session_metrics, raw_events)',
    doc: 'Sessions with session_start in [from, to), per calendar day of session_start in `timezone` (activityIds keeps ' +
      'the sessions with an event on one of those items): sessions = count(*), avgDurationSeconds = avg(duration_seconds), ' +
      'medianDurationSeconds = percentile_cont(0.5), durationBuckets = sessions per class from the bounds 0, 60, 300, ' +
      '900, 1800, 3600 s, avgEventsPerSession = avg(total_events); from each session\'s events: completionRate = avg ' +
      'over sessions with a start or completion of Σ completions / Σ greatest(starts, completions) per kind (lesson, ' +
      'assessment, attempt; seed 001 session_metrics.completion_rate), null when none; errorShare = sessions with an ' +
      'event of type error / sessions. Oldest day first.',
  },
  masteryProgression: {
    source: '001 Looker mastery progression tracking (mastery_deltas)',
    doc: 'Mastery deltas with occurred_at in [from, to) and previous_mastery < threshold ≤ current_mastery, per user_id and ' +
      'bucket in `timezone`: itemsCrossed = count(distinct content_id). activityIds selects content items. Only ' +
      'learner-buckets with a crossing appear, oldest bucket first, then by learnerId (code points).',
  },
  teamComparison: {
    source: '002 manager dashboard "Team Performance Card" (team average, completion rate, rank vs other teams)',
    doc: "One row per team of the org. A team's learners are the users with role learner and that team_id (narrowed by " +
      'teamId and userIds). Over their attempts started in [from, to) on the selected activities: attempts = count(*), ' +
      'scoredAttempts = count(score), avgScore = avg(score) (null without scored attempts), activeLearners = count(DISTINCT ' +
      'user_id). Over the (assignment, assignee) pairs of assignments due in [from, to) whose assignee is one of those ' +
      'learners: assigned, completed (an attempt on the assigned activity started at or after assigned_at and ended), ' +
      'completionRate = completed / assigned (null when nothing was assigned), as assignmentProgress counts them. rank = ' +
      'rank() over avgScore rounded to 9 decimals, descending, among teams with a scored attempt (ties share a rank; null ' +
      'for the others). Sorted by rank (nulls last), then teamId. Admins and managers only: a manager sees every team ' +
      "of the org in these aggregates (own = the teams they manage) but never another team's members; a learner is refused.",
  },
  accuracyTrend: {
    source: '003 Student Performance Analytics 1, student accuracy over time',
    doc: "Answers: attempts at questions (activities of kind 'question') submitted in [from, to), i.e. placed at their submit instant " +
      'ended_at (seed 003 submitted_at; not null), grouped by date_trunc(bucket, ended_at) in `timezone` (weeks start on `weekStart`, ' +
      'default Monday; `days` filters the local weekday of ended_at): submitted = count(*), correct = ' +
      'count(*) filter (where score = 1), accuracy = correct × 100.0 / submitted (percent; an ungraded answer, score ' +
      "null, counts as submitted and not correct, as the seed's query). For a learner, a team (teamId) or the org in " +
      'scope. Only buckets with attempts are returned, oldest first.',
  },
  topicMastery: {
    source: '003 Student Performance Analytics 2, topic mastery progression; topics.metadata.mastery_threshold',
    doc: "Answers: attempts at questions (activities of kind 'question') submitted (ended_at, seed 003 submitted_at, not null) in [from, to), per topic (the question's " +
      'category; seed 003 topic_id): attempts = count(*), correct = count(*) filter (where score = 1), accuracy = ' +
      'avg(case when score = 1 then 1 else 0 end) (0–1, ungraded as wrong), avgTimeSeconds = avg(duration_seconds) ' +
      'ignoring nulls, learners = count(distinct user_id); topics with attempts, in code-point order. With `grid`, ' +
      'also one row per learner with an attempt (sorted by displayName, then userId; paged, `total` counts them) and ' +
      "one cell per topic above. A cell's level, over the learner's attempts in the topic ordered by submit instant (ended_at), then " +
      'attemptId, with N = recentAttempts and T = masteryThreshold (the seed\'s mastery_threshold, default 0.8; 1 ' +
      "gives Khan Academy's 100 %): not_started = no attempt; mastered = the latest N attempts are at least T correct " +
      'and so were the N before them (proficiency held, then held again later); proficient = the latest N attempts (a ' +
      'full N) are at least T correct; familiar = the latest attempts (up to N) are at least 70 % correct; attempted ' +
      '= otherwise. recentAccuracy = correct share of those latest attempts.',
    params: {
      grid: 'Also return the learner × topic grid of mastery levels.',
    },
  },
  learningVelocity: {
    source: '003 Student Performance Analytics 3, learning velocity',
    doc: "Answers: attempts at questions (activities of kind 'question') submitted in [from, to), per calendar day of their submit instant " +
      'ended_at (not null) in `timezone` (seed 003 DATE(submitted_at)): questionsAttempted = count(distinct activity_id), attempts = count(*), ' +
      'avgTimeSeconds = avg(duration_seconds) ignoring nulls (null when none). Only days with attempts, oldest first.',
  },
  difficultyCalibration: {
    source: '003 Question Quality Analytics 1, question difficulty calibration',
    doc: "Answers: attempts at questions (activities of kind 'question') submitted (ended_at, seed 003 submitted_at, not null) in [from, to). Per declared difficulty " +
      "as the seed's query groups it, the 1–5 difficulty_level (GROUP BY difficulty; ascending, with its band: 1–2 easy, 3 medium, 4–5 hard; " +
      'questions without a level grouped by band after them, difficultyLevel null): questions = count(distinct activity_id), ' +
      "attempts = count(*), correct, accuracy = avg(case when score = 1 then 1 else 0 end) (0–1, ungraded as wrong; the seed's " +
      'actual_difficulty). Per question with an attempt (ordered by band, then activityId): the same counts and accuracy beside its ' +
      'level and the declared ' +
      "band's expected range (easy 0.70–1, medium 0.40–0.85, hard 0–0.60); miscalibrated = attempts ≥ minAttempts and " +
      'accuracy outside that range.',
  },
  studentPerformance: {
    source: '003 mv_student_performance (Action 15)',
    doc: "Answers: attempts at questions (activities of kind 'question') submitted (ended_at, seed 003 submitted_at, not null) in [from, to), per learner: totalAttempts = " +
      'count(*), correctAttempts = count(*) filter (where score = 1), accuracyPct = round(100.0 × correct / total, 2) ' +
      '(numeric rounding, halves away from zero; ungraded answers count as not correct), avgTimeSeconds = ' +
      'avg(duration_seconds) ignoring nulls, uniqueQuestions = count(distinct activity_id), daysActive = count(distinct ' +
      'calendar day of ended_at in `timezone`, seed DATE(submitted_at)), lastAttemptAt = max(ended_at) (seed max(submitted_at)). Learners with an attempt only; ' +
      'sorted by `sort` (nulls last, names in code-point order), ties by userId; `total` counts the learners.',
  },
  aiUsage: {
    source: '003 ai_usage_log (Action 9), the cost analytics dashboard',
    doc: 'AI calls (ai_usage_log) made in [from, to), per calendar day of created_at in `timezone` and per key: the ' +
      "operation_type (groupBy 'operation', the default) or the model (groupBy 'model'). calls = count(*), " +
      'tokensInput = sum(tokens_input), tokensOutput = sum(tokens_output), costUsd = sum(cost_usd) (nulls ignored, 0 ' +
      'when none), failedCalls = calls with success false, failureRate = failedCalls / calls, p50DurationMs = ' +
      'percentile_cont(0.5) of duration_ms (nulls ignored; null when none). teamId and userIds keep the calls those ' +
      'users made, leaving out background calls (user_id null); activityIds does not apply. Rows by day, then key in ' +
      'code-point order. Admins only: costs are an org matter.',
    params: {
      groupBy: 'What each row is keyed by besides the day.',
    },
  },
  questionQuality: {
    source: '003 "flag rate by question", update_question_stats',
    doc: "Per question (activity of kind 'question') with an attempt or a flag in scope and filters: over its answers submitted in [from, to) " +
      '(ended_at, seed 003 submitted_at, not null), as seed 003 stores answers: ' +
      'learners = count(DISTINCT user_id) (the seed\'s "attempts" column), attempts = count(*) and correct = attempts ' +
      'with score = 1, seed is_correct (update_question_stats\' times_attempted and times_correct), accuracy = correct × ' +
      '100.0 / attempts in percent, an ungraded answer counting as not correct (null without attempts), avgTimeSeconds = avg(duration_seconds) over ' +
      'attempts that recorded one; over flags created in [from, to) by learners in scope: flags = count(DISTINCT ' +
      'flag_id) (the seed\'s "flags"), openFlags = those with status "open", flagRate = flags / learners (null when ' +
      'no learner attempted it), topReasons = the 3 most frequent reasons (ties by reason in code-point order). ' +
      'Sorted by `sort` (nulls last), ties by activityId; `total` counts every row.',
  },
  tutorEffectiveness: {
    source: '003 tutor effectiveness analytics (session outcomes, assignment creation patterns)',
    doc: 'Per tutor with a session or an assignment in scope and filters. Sessions: tutoring sessions held (actual_start ' +
      'set) that started in [from, to) with a student in scope; sessionsConducted = their count, students = distinct ' +
      'students. Improvement, for each such session whose after-window has ended by `now`: before = accuracy of the ' +
      'student\'s answers submitted (ended_at) in [actual_start − 14 days, actual_start), after = accuracy of those submitted in ' +
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
  },
  cohortComparison: {
    source: '003 cohort analytics (student_profiles.cohort_id, academic_year)',
    doc: "Learners (role 'learner') in scope and filters, grouped by their cohort_id and academic_year (null when the " +
      'host records none; such learners form their own group): learners = their count, activeLearners = those with ' +
      "an answer (an attempt at a question, activity of kind 'question') submitted in [from, to) (ended_at, seed 003 submitted_at); over those attempts, attempts " +
      '= count(*), correct = count(*) filter (where score = 1), accuracy = correct × 100.0 / attempts (percent, ' +
      'ungraded as not correct as accuracyTrend; null without attempts), attemptsPerLearner = attempts / learners; ' +
      'topicsMastered = the (learner, topic) pairs at level "mastered" exactly as topicMastery decides it from the ' +
      'same attempts (recentAttempts N, masteryThreshold T), topicsMasteredPerLearner = topicsMastered / learners. ' +
      'Rows by cohortId then academicYear (code-point order, nulls last).',
  },
  progressSnapshots: {
    source: '003 student_progress_snapshots (Action 14), computed for any date instead of stored',
    doc: "One snapshot per learner in scope and week (from `weekStart`, default Monday) or month in `timezone` in which they answered a " +
      "question (activity of kind 'question'; an answer submitted in [from, to): buckets, ranges and recency are by the submit instant ended_at, seed 003 submitted_at), as it stood at the end of that bucket " +
      '(or at `to`, if earlier): the evidence is every answer of theirs at a question submitted before `to` in that ' +
      'bucket or an earlier one, whatever `from` (a snapshot counts history, as a stored one would). questionsAttempted ' +
      '= those answers (seed total_questions_attempted), correct = those with score = 1, accuracy = correct × 100.0 / ' +
      'questionsAttempted (ungraded as not correct); per topic (the question\'s category) the level topicMastery gives ' +
      'that evidence (recentAttempts N, masteryThreshold T): topicsMastered = topics at "mastered", topicsStruggling ' +
      '= topics at "attempted" (the latest N answers below 70 % correct, not proficient). Spaced repetition, from the ' +
      "stored SM-2 cards (seed spaced_repetition, which keeps only each card's latest state): a card counts when it was " +
      'last reviewed before `to` in that bucket or an earlier one (its stored state then already held; cards reviewed ' +
      'again later have no stored past and are left out of earlier snapshots); cardsDue = those with next_review_at ' +
      'in that bucket or earlier (due by its end), averageEase = avg(ease_factor) of those (null when none); ' +
      'cardsReviewed = distinct questions with a graded answer submitted in the bucket (each such answer is an ' +
      'SM-2 review). activityIds filters answers and cards. Rows by userId, then bucketStart; `total` counts them.',
    params: {
      bucket: 'Snapshot period: "week" (from `weekStart`, default Monday) or "month", in `timezone`.',
    },
  },
  activityDetail: {
    source: '002 admin dashboard "Top Scenarios Card" (link to scenario detail), mv_scenario_insights',
    doc: "One activity of the viewer's org (`activityId`; another org's or an unknown id is the one out-of-scope error). Over " +
      'its attempts started in [from, to) on the local days `days` keeps, by the learners in scope and filters: attempts = count(*), scoredAttempts = ' +
      "count(score), avgScore = avg(score) (null when none scored). distribution: the scored attempts per bucket of the activity's " +
      'scale — percent: 10 buckets of 10 points, band: 9 buckets of one band, binary: 0 and 1 — a score in bucket ' +
      'least(greatest(floor(score / width), 0), count - 1) (the top score joins the last bucket); every bucket is listed, ' +
      'lowest first. days: per local day in `timezone` with an attempt, attempts, scoredAttempts and avgScore, oldest first. ' +
      'learners: per learner with an attempt, attempts, scoredAttempts, avgScore, bestScore = max(score) and lastAttemptAt = ' +
      'max(started_at); sorted by attempts descending, then userId; the first `learnerLimit`, with learnerTotal counting all. ' +
      'A manager sees their team, a learner only themselves (no peers).',
  },
  bandProgress: {
    source: '000 BI export schema (goal_band, average_band, task1_band, task2_band)',
    doc: "A learner's banded attempts are their attempts started in [from, to) on the selected activities with task1_band " +
      'or task2_band present; average_band of one attempt = round(mean of the task bands present, 2), as exportRows. Per ' +
      'learner: goal = goal_band of their latest banded attempt that has one (started_at, then attempt_id); atGoal = ' +
      'goal present and overallBand >= goal. Per group (groupBy learner: one row per learner, id = user_id, name = ' +
      'display name; groupBy team: one row per team of the learners, id = team_id, name = team name, or null and "" for ' +
      'learners without a team), over its learners\' banded attempts: attempts = count(*), task1Band = round(avg(task1_band), ' +
      '2), task2Band = round(avg(task2_band), 2), overallBand = round(avg(average_band), 2); goalBand = the learner\'s goal, or ' +
      "round(avg, 2) of the group's learners' goals; learnersWithGoal, learnersAtGoal and atGoalShare = learnersAtGoal / " +
      'learnersWithGoal (null when 0). `summary` gives the same figures over every learner in the rows. Rounding is ' +
      "PostgreSQL's round(numeric, 2) (halves away from zero). Rows sorted by overallBand as shown (its whole hundredths) descending, so groups showing the same band tie whatever their unrounded averages, then id (nulls last). " +
      'A learner sees only their own row; a manager their teams; an admin the org.',
    params: {
      groupBy: 'One row per learner, or per team.',
    },
  },
  eventTiming: {
    source: '002 fact_kpi_events use case "Heatmap: when do filler words occur in calls?"',
    doc: 'Events of `eventTypes` tied to an attempt (attempt_id not null) whose attempt started in [from, to) and has a ' +
      'known, positive duration_seconds; the event lies offset = occurred_at − started_at (seed 002 timestamp_ms) into ' +
      'the call, and only events with 0 ≤ offset ≤ duration_seconds × 1000 count. Its tenth is floor(10 × offset / ' +
      '(duration_seconds × 1000)), with an event exactly at the end in the last tenth (9). Per event type with at least ' +
      'one such event: events = count(*), attempts = count(DISTINCT attempt_id), counts[k] = events in tenth k, ' +
      'shares[k] = counts[k] / events. Scope, teamId and userIds apply to the attempt\'s learner, activityIds to its ' +
      'activity. Rows by eventType (code-point order).',
  },
  eventCohorts: {
    source: '002 fact_kpi_events use case "Cohort analysis: users who ask <3 questions vs >7 questions"',
    doc: "A learner's attempts are their ended attempts (ended_at not null) started in [from, to) on the selected activities; " +
      'their events are the events of `eventType` tied to those attempts. Each learner with at least one such attempt ' +
      'falls in band k = how many of `bounds` their events / attempts reaches (band 0: below bounds[0]; band k: at least ' +
      'bounds[k−1] and below bounds[k]; the last band: at least the last bound). Per band, every band listed: learners, ' +
      'attempts = count(*), events, eventsPerAttempt = events / attempts (null without attempts), scoredAttempts = ' +
      'count(score), avgScore = avg(score) over the band\'s attempts (null without a scored one). Admins and managers ' +
      'only (a manager over their team): a learner is refused, since a band is a figure about other learners.',
    params: {
      eventType: 'The event type counted per attempt.',
    },
  },
};

/**
 * The meaning of parameter `param` of query `name`, with `{default}` and `{max}` filled in from its JSON schema's
 * `default` and `maximum`; undefined when none is written (queryDocs.test.ts checks every parameter has one).
 */
export function paramDoc(name: QueryName, param: string, schema: { default?: unknown; maximum?: number } = {}): string | undefined {
  const text = queryDocs[name].params?.[param] ?? paramDocs[param];
  return text
    ?.replace('{default}', schema.default === undefined ? 'default: all' : `default ${JSON.stringify(schema.default)}`)
    .replace('{max}', String(schema.maximum));
}
