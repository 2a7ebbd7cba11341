import type { Message } from '../translate.js';

/** The English words of the tutoring views (TutorView, LearnerView of a tutoring org): titles of the widgets they compose. */
export const tutoringViewMessages = {
  'tutorView.label': 'Tutor dashboard',
  'tutorView.accuracy': "Your students' accuracy",
  'tutorView.velocity': "Your students' pace",
  'tutorView.topics': "Your students' topics",
  'tutorView.assignments': 'Their assignments',
  'tutorView.questions': 'Quality of your questions',
  'tutorView.calibration': 'Difficulty of your questions',
  'tutorView.sessions': 'Your sessions',
  'tutorView.yourAccuracy': 'Your accuracy',
  'tutorView.yourTopics': 'Your topics',
  'tutorView.yourPace': 'Your pace',
} as const satisfies Record<string, Message>;
