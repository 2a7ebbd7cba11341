import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of TutorEffectiveness. Other languages and host overrides come through the provider's `messages`. */
export const tutorEffectivenessMessages = {
  ...tutoringMessages,
  'tutorEffectiveness.title': 'Tutor effectiveness',
  'tutorEffectiveness.subject': 'tutor effectiveness',
  'tutorEffectiveness.description': 'Sessions held and assignments set {period}',
  'tutorEffectiveness.caption': 'Tutors with a session or an assignment {period}',
  'tutorEffectiveness.tableLabel': 'Tutor effectiveness table',
  'tutorEffectiveness.col.tutor': 'Tutor',
  'tutorEffectiveness.col.sessions': 'Sessions held',
  'tutorEffectiveness.col.students': 'Students tutored',
  'tutorEffectiveness.col.assignments': 'Assignments set',
  'tutorEffectiveness.col.completion': 'Assignments completed',
  'tutorEffectiveness.col.score': 'Average assignment score',
  'tutorEffectiveness.col.beforeAfter': 'Accuracy before → after',
  'tutorEffectiveness.col.change': 'Change after sessions',
  'tutorEffectiveness.hint.completion': 'mean completion rate of the assignments set, among their students',
  'tutorEffectiveness.hint.score': "mean of each assignment's average graded score",
  'tutorEffectiveness.hint.change':
    "students' accuracy in the {days} days after a session minus the {days} days before, averaged over sessions with answers in both",
  'tutorEffectiveness.points': '{sign}{points} pts',
  'tutorEffectiveness.measured': { one: 'over {count} session', other: 'over {count} sessions' },
  'tutorEffectiveness.emptyTitle': 'No tutoring yet',
  'tutorEffectiveness.emptyReason': 'No tutor held a session or set an assignment {period}.',
  'tutorEffectiveness.emptyReasonFiltered': 'No tutor held a session or set an assignment {period} for the chosen filters.',
} as const satisfies Record<string, Message>;
