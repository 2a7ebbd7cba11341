import type { RawEventInput } from '../rawEvent.js';

const ev = (learner_id: string, session_id: string, event_id: string, timestamp: string, event_type: string, data: Record<string, unknown> = {}): RawEventInput => ({
  learner_id,
  event_type,
  event_id,
  session_id,
  timestamp,
  data,
  metadata: { source: 'web_app' },
  version: '1.0',
  processed_at: '2025-09-07T04:00:00Z',
});

/**
 * A small day and a half of events whose metrics are worked out by hand in transform.test.ts: a complete session
 * (S1) with a long idle gap, a session spanning midnight without an end (S2), and a short one with an error (S3).
 */
export const smallEvents: RawEventInput[] = [
  ev('learner_1', 'S1', 'e1', '2025-09-05T10:30:00Z', 'session_start'),
  ev('learner_1', 'S1', 'e2', '2025-09-05T10:30:10Z', 'page_view', { page: '/home' }),
  ev('learner_1', 'S1', 'e3', '2025-09-05T10:30:40Z', 'lesson_start', { content_id: 'lesson_001' }),
  ev('learner_1', 'S1', 'e4', '2025-09-05T10:31:20Z', 'interaction', { content_id: 'q1', success: true }),
  ev('learner_1', 'S1', 'e5', '2025-09-05T10:33:00Z', 'lesson_complete', { content_id: 'lesson_001', score: 80 }),
  ev('learner_1', 'S1', 'e6', '2025-09-05T10:40:00Z', 'assessment_start', { content_id: 'quiz_1' }),
  ev('learner_1', 'S1', 'e7', '2025-09-05T10:45:30Z', 'assessment_complete', { content_id: 'quiz_1', score: 90 }),
  ev('learner_1', 'S1', 'e8', '2025-09-05T10:45:50Z', 'page_view', { page: '/home' }),
  ev('learner_1', 'S1', 'e9', '2025-09-05T10:46:00Z', 'session_end'),
  ev('learner_1', 'S2', 'f1', '2025-09-05T23:58:00Z', 'page_view', { page: '/a' }),
  ev('learner_1', 'S2', 'f2', '2025-09-05T23:59:30Z', 'assessment_start', { content_id: 'quiz_1' }),
  ev('learner_1', 'S2', 'f3', '2025-09-06T00:01:00Z', 'assessment_complete', { content_id: 'quiz_1', score: 40 }),
  ev('learner_2', 'S3', 'g1', '2025-09-06T00:20:00Z', 'lesson_start', { lesson_id: 'lesson_002' }),
  ev('learner_2', 'S3', 'g2', '2025-09-06T00:25:00Z', 'error', { message: 'video failed to load' }),
];
