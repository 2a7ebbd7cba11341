import type {
  Activity,
  AiUsage,
  Attempt,
  LearnerEvent,
  LearningSession,
  MasteryDelta,
  QuestionFlag,
  SpacedRepetition,
  TutoringSession,
  User,
} from '@learnlens/data-client';
import type { MockDataset, TableName } from './dataset.types.js';

const iso = (t: number): string | null => (Number.isNaN(t) ? null : new Date(t).toISOString());
const val = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** The rows of one table, in the canonical snake_case columns (`attempts` starts with the CLI's contract columns). */
export function* tableRows(dataset: MockDataset, table: TableName): Generator<Record<string, unknown>> {
  const d = dataset;
  switch (table) {
    case 'orgs':
      yield* d.orgs;
      return;
    case 'teams':
      yield* d.teams;
      return;
    case 'users':
      // Rows built by hand may leave out the tutoring columns: they are null there.
      for (const u of d.users) {
        const row: User = { ...u, cohort_id: u.cohort_id ?? null, academic_year: u.academic_year ?? null };
        yield row;
      }
      return;
    case 'activities':
      for (const a of d.activities) {
        const row: Activity = {
          ...a,
          difficulty_level: a.difficulty_level ?? null,
          times_attempted: a.times_attempted ?? null,
          times_correct: a.times_correct ?? null,
          avg_time_seconds: a.avg_time_seconds ?? null,
          status: a.status ?? null,
        };
        yield row;
      }
      return;
    case 'assignments':
      yield* d.assignments;
      return;
    case 'assignment_assignees':
      yield* d.assignees;
      return;
    case 'attempts': {
      const a = d.attempts;
      for (let i = 0; i < a.length; i++) {
        const row: Attempt = {
          attempt_id: a.id[i]!,
          org_id: d.orgs[a.org[i]!]!.org_id,
          user_id: d.users[a.user[i]!]!.user_id,
          activity_id: d.activities[a.activity[i]!]!.activity_id,
          score: val(a.score[i]!),
          duration_seconds: val(a.duration[i]!),
          talk_ms: val(a.talkMs[i]!),
          listen_ms: val(a.listenMs[i]!),
          started_at: iso(a.startedAt[i]!)!,
          ended_at: iso(a.endedAt[i]!),
          goal_band: val(a.goalBand[i]!),
          task1_band: val(a.task1Band[i]!),
          task2_band: val(a.task2Band[i]!),
        };
        yield row;
      }
      return;
    }
    case 'sessions': {
      const s = d.sessions;
      for (let i = 0; i < s.length; i++) {
        const row: LearningSession = {
          session_id: s.id.at(i)!,
          org_id: d.orgs[s.org[i]!]!.org_id,
          user_id: d.users[s.user[i]!]!.user_id,
          session_start: iso(s.start[i]!)!,
          session_end: iso(s.end[i]!)!,
          duration_seconds: s.duration[i]!,
          total_events: s.totalEvents[i]!,
        };
        yield row;
      }
      return;
    }
    case 'events': {
      const e = d.events;
      for (let i = 0; i < e.length; i++) {
        const row: LearnerEvent = {
          event_id: e.id.at(i)!,
          org_id: d.orgs[e.org[i]!]!.org_id,
          user_id: d.users[e.user[i]!]!.user_id,
          session_id: e.session[i]! >= 0 ? d.sessions.id.at(e.session[i]!)! : '',
          attempt_id: e.attempt[i]! >= 0 ? d.attempts.id[e.attempt[i]!]! : null,
          activity_id: e.activity[i]! >= 0 ? d.activities[e.activity[i]!]!.activity_id : null,
          event_type: d.eventTypes[e.type[i]!]!,
          occurred_at: iso(e.occurredAt[i]!)!,
          payload: e.payloadTexts[e.payload[i]!]!,
        };
        yield row;
      }
      return;
    }
    case 'mastery_deltas': {
      const m = d.mastery;
      for (let i = 0; i < m.length; i++) {
        const activity = d.activities[m.content[i]!]!;
        const row: MasteryDelta = {
          delta_id: m.id.at(i)!,
          org_id: d.orgs[m.org[i]!]!.org_id,
          user_id: d.users[m.user[i]!]!.user_id,
          content_id: activity.activity_id,
          content_type: activity.kind,
          previous_mastery: m.previous[i]!,
          current_mastery: m.current[i]!,
          mastery_delta: m.delta[i]!,
          confidence_score: m.confidence[i]!,
          evidence_count: m.evidence[i]!,
          session_id: m.session[i]! >= 0 ? d.sessions.id.at(m.session[i]!)! : '',
          occurred_at: iso(m.occurredAt[i]!)!,
        };
        yield row;
      }
      return;
    }
    case 'question_flags': {
      const f = d.questionFlags;
      for (let i = 0; i < f.length; i++) {
        const row: QuestionFlag = {
          flag_id: f.id[i]!,
          org_id: d.orgs[f.org[i]!]!.org_id,
          activity_id: d.activities[f.activity[i]!]!.activity_id,
          user_id: d.users[f.user[i]!]!.user_id,
          reason: f.reason[i]! as QuestionFlag['reason'],
          status: f.status[i]! as QuestionFlag['status'],
          created_at: iso(f.createdAt[i]!)!,
        };
        yield row;
      }
      return;
    }
    case 'tutoring_sessions': {
      const s = d.tutoringSessions;
      for (let i = 0; i < s.length; i++) {
        const row: TutoringSession = {
          session_id: s.id[i]!,
          org_id: d.orgs[s.org[i]!]!.org_id,
          tutor_id: d.users[s.tutor[i]!]!.user_id,
          student_id: d.users[s.student[i]!]!.user_id,
          scheduled_start: iso(s.scheduledStart[i]!)!,
          scheduled_end: iso(s.scheduledEnd[i]!)!,
          actual_start: iso(s.actualStart[i]!),
          actual_end: iso(s.actualEnd[i]!),
          topics_covered: s.topics[i]!,
        };
        yield row;
      }
      return;
    }
    case 'ai_usage_log': {
      const u = d.aiUsage;
      for (let i = 0; i < u.length; i++) {
        const row: AiUsage = {
          id: u.id[i]!,
          org_id: d.orgs[u.org[i]!]!.org_id,
          user_id: u.user[i]! >= 0 ? d.users[u.user[i]!]!.user_id : null,
          operation_type: u.operation[i]!,
          model: u.model[i]!,
          tokens_input: val(u.tokensInput[i]!),
          tokens_output: val(u.tokensOutput[i]!),
          cost_usd: val(u.costUsd[i]!),
          duration_ms: val(u.durationMs[i]!),
          success: u.success[i] === 1,
          created_at: iso(u.createdAt[i]!)!,
        };
        yield row;
      }
      return;
    }
    case 'spaced_repetition': {
      const c = d.spacedRepetition;
      for (let i = 0; i < c.length; i++) {
        const row: SpacedRepetition = {
          card_id: c.id[i]!,
          org_id: d.orgs[c.org[i]!]!.org_id,
          user_id: d.users[c.user[i]!]!.user_id,
          activity_id: d.activities[c.activity[i]!]!.activity_id,
          ease_factor: c.ease[i]!,
          interval_days: c.interval[i]!,
          repetitions: c.repetitions[i]!,
          next_review_at: iso(c.nextReviewAt[i]!)!,
          last_reviewed_at: iso(c.lastReviewedAt[i]!)!,
        };
        yield row;
      }
      return;
    }
  }
}
