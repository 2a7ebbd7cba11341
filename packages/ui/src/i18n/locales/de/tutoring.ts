import type { accuracyTrendMessages } from '../../en/accuracyTrend.js';
import type { cohortComparisonMessages } from '../../en/cohortComparison.js';
import type { difficultyCalibrationMessages } from '../../en/difficultyCalibration.js';
import type { learningVelocityMessages } from '../../en/learningVelocity.js';
import type { questionQualityMessages } from '../../en/questionQuality.js';
import type { topicMasteryMessages } from '../../en/topicMastery.js';
import type { tutorEffectivenessMessages } from '../../en/tutorEffectiveness.js';
import type { tutoringMessages } from '../../en/tutoring.js';
import type { Message } from '../../translate.js';
import type { TutoringMessages } from '../tutoringKeys.js';

// German words of the tutoring widgets (seed 003), kept beside the main catalog so each widget's words stay together.
// Every block must give every key of its English catalog (checked by `satisfies`).

type Of<T> = Record<keyof T, Message>;

const tutoring = {
  'tutoring.allTime': 'gesamter Zeitraum',
  'tutoring.since': 'seit {from}',
  'tutoring.until': 'bis {to}',
  'tutoring.accuracy': 'Trefferquote',
  'tutoring.accuracyHint': 'richtige von allen abgegebenen Antworten; eine unbewertete Antwort zählt als nicht richtig',
  'tutoring.answers': 'Antworten',
  'tutoring.correct': 'Richtig',
  'tutoring.avgTime': 'Durchschnittliche Zeit',
  'tutoring.students': 'Schülerinnen und Schüler',
  'tutoring.student': 'Schüler/in',
  'tutoring.topic': 'Thema',
  'tutoring.question': 'Frage',
  'tutoring.correctOf': { one: '{correct} von {count} Antwort richtig', other: '{correct} von {count} Antworten richtig' },
  'tutoring.sortBy': 'Nach {column} sortieren',
} satisfies Of<typeof tutoringMessages>;

const questionQuality = {
  'questionQuality.title': 'Fragenqualität',
  'questionQuality.subject': 'die Fragenqualität',
  'questionQuality.description': 'Abgegebene Antworten und gemeldete Probleme, {period}',
  'questionQuality.caption': 'Fragen nach {column}, {direction}',
  'questionQuality.ascending': 'niedrigste zuerst',
  'questionQuality.descending': 'höchste zuerst',
  'questionQuality.col.flagRate': 'Meldequote',
  'questionQuality.col.flags': 'Meldungen',
  'questionQuality.col.openFlags': 'Offene Meldungen',
  'questionQuality.col.learners': 'Antwortende',
  'questionQuality.col.attempts': 'Antworten',
  'questionQuality.col.reasons': 'Häufigste Gründe',
  'questionQuality.flagRateHint': 'Meldungen je Schüler/in, die geantwortet hat',
  'questionQuality.open': { one: '{count} offen', other: '{count} offen' },
  'questionQuality.select': '{question} anzeigen',
  'questionQuality.reason.incorrect_answer': 'Falsche Lösung',
  'questionQuality.reason.unclear_wording': 'Unklar formuliert',
  'questionQuality.reason.typo': 'Tippfehler',
  'questionQuality.reason.too_difficult': 'Zu schwer',
  'questionQuality.reason.other': 'Sonstiges',
  'questionQuality.reasonCount': '{reason} ({count})',
  'questionQuality.emptyTitle': 'Keine Fragen beantwortet',
  'questionQuality.emptyReason': 'Im Zeitraum {period} wurde keine Frage beantwortet oder gemeldet.',
  'questionQuality.emptyReasonFiltered': 'Im Zeitraum {period} wurde mit den gewählten Filtern keine Frage beantwortet oder gemeldet.',
  'questionQuality.tableLabel': 'Tabelle der Fragenqualität',
} satisfies Omit<Of<typeof questionQualityMessages>, keyof typeof tutoringMessages>;

const tutorEffectiveness = {
  'tutorEffectiveness.title': 'Wirksamkeit der Nachhilfe',
  'tutorEffectiveness.subject': 'die Wirksamkeit der Nachhilfe',
  'tutorEffectiveness.description': 'Gehaltene Stunden und gestellte Aufgaben, {period}',
  'tutorEffectiveness.caption': 'Lehrkräfte mit einer Stunde oder Aufgabe, {period}',
  'tutorEffectiveness.tableLabel': 'Tabelle der Nachhilfe-Wirksamkeit',
  'tutorEffectiveness.col.tutor': 'Lehrkraft',
  'tutorEffectiveness.col.sessions': 'Gehaltene Stunden',
  'tutorEffectiveness.col.students': 'Betreute Schüler/innen',
  'tutorEffectiveness.col.assignments': 'Gestellte Aufgaben',
  'tutorEffectiveness.col.completion': 'Erledigte Aufgaben',
  'tutorEffectiveness.col.score': 'Durchschnittliche Aufgabenpunktzahl',
  'tutorEffectiveness.col.beforeAfter': 'Trefferquote vorher → nachher',
  'tutorEffectiveness.col.change': 'Veränderung nach Stunden',
  'tutorEffectiveness.hint.completion': 'mittlere Erledigungsquote der gestellten Aufgaben unter ihren Schüler/innen',
  'tutorEffectiveness.hint.score': 'Mittel der durchschnittlichen bewerteten Punktzahl jeder Aufgabe',
  'tutorEffectiveness.hint.change':
    'Trefferquote der Schüler/innen in den {days} Tagen nach einer Stunde minus den {days} Tagen davor, gemittelt über Stunden mit Antworten in beiden Zeiträumen',
  'tutorEffectiveness.points': '{sign}{points} Pkt.',
  'tutorEffectiveness.measured': { one: 'über {count} Stunde', other: 'über {count} Stunden' },
  'tutorEffectiveness.emptyTitle': 'Noch keine Nachhilfe',
  'tutorEffectiveness.emptyReason': 'Im Zeitraum {period} hat keine Lehrkraft eine Stunde gehalten oder eine Aufgabe gestellt.',
  'tutorEffectiveness.emptyReasonFiltered':
    'Im Zeitraum {period} hat mit den gewählten Filtern keine Lehrkraft eine Stunde gehalten oder eine Aufgabe gestellt.',
} satisfies Omit<Of<typeof tutorEffectivenessMessages>, keyof typeof tutoringMessages>;

const accuracyTrend = {
  'accuracyTrend.title': 'Trefferquote',
  'accuracyTrend.subject': 'den Verlauf der Trefferquote',
  'accuracyTrend.weekOf': 'Woche ab {date}',
  'accuracyTrend.col.submitted': 'Abgegebene Antworten',
  'accuracyTrend.description.day': 'Antworten abgegeben {range}, pro Tag; unbewertete zählen als nicht richtig',
  'accuracyTrend.description.week': 'Antworten abgegeben {range}, pro Woche; unbewertete zählen als nicht richtig',
  'accuracyTrend.description.month': 'Antworten abgegeben {range}, pro Monat; unbewertete zählen als nicht richtig',
  'accuracyTrend.caption.day': 'Tägliche Trefferquote, {range} ({timeZone})',
  'accuracyTrend.caption.week': 'Wöchentliche Trefferquote, {range} ({timeZone})',
  'accuracyTrend.caption.month': 'Monatliche Trefferquote, {range} ({timeZone})',
  'accuracyTrend.emptyTitle': 'Noch keine Antworten',
  'accuracyTrend.emptyReason': 'Im Zeitraum {range} ({timeZone}) wurde keine Antwort abgegeben, daher gibt es keine Trefferquote.',
  'accuracyTrend.emptyReasonFiltered':
    'Im Zeitraum {range} ({timeZone}) wurde mit den gewählten Filtern keine Antwort abgegeben, daher gibt es keine Trefferquote.',
} satisfies Omit<Of<typeof accuracyTrendMessages>, keyof typeof tutoringMessages>;

const learningVelocity = {
  'learningVelocity.title': 'Lerntempo',
  'learningVelocity.subject': 'das Lerntempo',
  'learningVelocity.description': 'Antworten abgegeben {range}, pro Tag',
  'learningVelocity.questions': 'Verschiedene Fragen',
  'learningVelocity.answers': 'Antworten',
  'learningVelocity.caption': 'Fragen und Antworten pro Tag, {range} ({timeZone})',
  'learningVelocity.note': 'Pro aktivem Tag: {questions} verschiedene Fragen, {answers} Antworten, im Mittel {time} pro Antwort.',
  'learningVelocity.emptyTitle': 'Noch keine Antworten',
  'learningVelocity.emptyReason': 'Im Zeitraum {range} ({timeZone}) wurde keine Antwort abgegeben.',
  'learningVelocity.emptyReasonFiltered': 'Im Zeitraum {range} ({timeZone}) wurde mit den gewählten Filtern keine Antwort abgegeben.',
} satisfies Omit<Of<typeof learningVelocityMessages>, keyof typeof tutoringMessages>;

const topicMastery = {
  'topicMastery.title': 'Themenbeherrschung',
  'topicMastery.titleLearner': 'Trefferquote nach Thema',
  'topicMastery.subject': 'die Themenbeherrschung',
  'topicMastery.description': 'Antworten abgegeben {period}; eine Stufe liest die letzten {recent} Antworten im Thema',
  'topicMastery.legend': 'Beherrschungsstufen',
  'topicMastery.level.not_started': 'Nicht begonnen',
  'topicMastery.level.attempted': 'Versucht',
  'topicMastery.level.familiar': 'Vertraut',
  'topicMastery.level.proficient': 'Sicher',
  'topicMastery.level.mastered': 'Gemeistert',
  'topicMastery.levelDetail.attempted': 'unter 70 %',
  'topicMastery.levelDetail.familiar': '70 % oder mehr',
  'topicMastery.levelDetail.proficient': '{threshold} oder mehr der letzten {recent}',
  'topicMastery.levelDetail.mastered': 'zweimal in Folge sicher',
  'topicMastery.cell': '{learner}, {topic}: {level}',
  'topicMastery.cellDetail': '{level} · {correct} von {count} richtig · letzte {recent}: {recentAccuracy}',
  'topicMastery.gridCaption': 'Schüler/innen untereinander, Themen nebeneinander: Beherrschungsstufe je Schüler/in und Thema, {period}',
  'topicMastery.gridLabel': 'Raster der Themenbeherrschung',
  'topicMastery.topicAccuracy': 'Trefferquote, alle Schüler/innen',
  'topicMastery.showing': '{shown} von {count} Schüler/innen gezeigt; die Zahlen beziehen sich auf die gezeigten.',
  'topicMastery.col.level': 'Stufe',
  'topicMastery.col.recent': 'Letzte Antworten',
  'topicMastery.chartCaption': 'Trefferquote je Thema für {learner}, {period}',
  'topicMastery.chartCaptionSelf': 'Ihre Trefferquote je Thema, {period}',
  'topicMastery.emptyTitle': 'Noch keine Antworten',
  'topicMastery.emptyReason': 'Im Zeitraum {period} wurde keine Frage beantwortet.',
  'topicMastery.emptyReasonFiltered': 'Im Zeitraum {period} wurde mit den gewählten Filtern keine Frage beantwortet.',
} satisfies Omit<Of<typeof topicMasteryMessages>, keyof typeof tutoringMessages>;

const difficultyCalibration = {
  'difficultyCalibration.title': 'Kalibrierung der Schwierigkeit',
  'difficultyCalibration.subject': 'die Kalibrierung der Schwierigkeit',
  'difficultyCalibration.description': 'Angegebene Schwierigkeit gegen die beobachtete Trefferquote der Antworten, {period}',
  'difficultyCalibration.level.easy': 'Leicht',
  'difficultyCalibration.level.medium': 'Mittel',
  'difficultyCalibration.level.hard': 'Schwer',
  'difficultyCalibration.col.declared': 'Angegeben',
  'difficultyCalibration.col.expected': 'Erwartete Trefferquote',
  'difficultyCalibration.col.observed': 'Beobachtete Trefferquote',
  'difficultyCalibration.col.questions': 'Fragen',
  'difficultyCalibration.col.verdict': 'Kalibrierung',
  'difficultyCalibration.col.band': 'Beobachtet im angegebenen Bereich',
  'difficultyCalibration.verdict.tooEasy': 'Leichter als angegeben',
  'difficultyCalibration.verdict.tooHard': 'Schwerer als angegeben',
  'difficultyCalibration.verdict.ok': 'Wie angegeben',
  'difficultyCalibration.verdict.few': 'Zu wenige Antworten',
  'difficultyCalibration.levelsCaption': 'Beobachtete Trefferquote je angegebener Schwierigkeit, {period}',
  'difficultyCalibration.questionsCaption': 'Fragen, falsch kalibrierte zuerst, {period}',
  'difficultyCalibration.levelsLabel': 'Kalibrierung je Schwierigkeit',
  'difficultyCalibration.questionsLabel': 'Kalibrierung je Frage',
  'difficultyCalibration.onlyMiscalibrated': 'Nur falsch kalibrierte Fragen',
  'difficultyCalibration.summary': {
    zero: 'Keine Frage ist falsch kalibriert (beurteilt wird eine Frage ab {min} Antworten).',
    one: '{count} Frage ist falsch kalibriert: Ihre Trefferquote liegt nach mindestens {min} Antworten außerhalb des angegebenen Bereichs.',
    other: '{count} Fragen sind falsch kalibriert: Ihre Trefferquote liegt nach mindestens {min} Antworten außerhalb des angegebenen Bereichs.',
  },
  'difficultyCalibration.legend': 'So lesen Sie die Bereiche',
  'difficultyCalibration.legendBand': 'Erwartete Trefferquote der angegebenen Schwierigkeit',
  'difficultyCalibration.legendMark': 'Beobachtete Trefferquote',
  'difficultyCalibration.legendOff': 'Falsch kalibriert',
  'difficultyCalibration.emptyTitle': 'Noch keine Antworten',
  'difficultyCalibration.emptyReason': 'Im Zeitraum {period} wurde keine Frage beantwortet.',
  'difficultyCalibration.emptyReasonFiltered': 'Im Zeitraum {period} wurde mit den gewählten Filtern keine Frage beantwortet.',
} satisfies Omit<Of<typeof difficultyCalibrationMessages>, keyof typeof tutoringMessages>;

const cohortComparison = {
  'cohortComparison.title': 'Jahrgänge',
  'cohortComparison.subject': 'den Jahrgangsvergleich',
  'cohortComparison.description': 'Antworten abgegeben {period}, je Jahrgang und Schuljahr',
  'cohortComparison.caption': 'Jahrgänge und Schuljahre, {period}',
  'cohortComparison.tableLabel': 'Tabelle des Jahrgangsvergleichs',
  'cohortComparison.col.cohort': 'Jahrgang',
  'cohortComparison.col.year': 'Schuljahr',
  'cohortComparison.col.learners': 'Schüler/innen',
  'cohortComparison.col.active': 'Aktive Schüler/innen',
  'cohortComparison.col.perLearner': 'Antworten je Schüler/in',
  'cohortComparison.col.mastered': 'Gemeisterte Themen je Schüler/in',
  'cohortComparison.hint.perLearner': 'abgegebene Antworten geteilt durch alle Schüler/innen des Jahrgangs, aktiv oder nicht',
  'cohortComparison.hint.mastered': 'Paare aus Schüler/in und Thema auf der Stufe „Gemeistert“, geteilt durch die Schüler/innen des Jahrgangs',
  'cohortComparison.noCohort': 'Ohne Jahrgang',
  'cohortComparison.activeOf': '{active} von {count}',
  'cohortComparison.emptyTitle': 'Noch keine Jahrgänge',
  'cohortComparison.emptyReason': 'Im Zeitraum {period} ist keine Schüler/in im Blick.',
  'cohortComparison.emptyReasonFiltered': 'Im Zeitraum {period} passt keine Schüler/in zu den gewählten Filtern.',
} satisfies Omit<Of<typeof cohortComparisonMessages>, keyof typeof tutoringMessages>;

const views = {
  'studyProgress.title': 'Lernkarten und Themen',
  'studyProgress.subject': 'Ihren Fortschritt',
  'studyProgress.description': 'Woche für Woche, wie es am Ende jeder Woche stand',
  'studyProgress.cardsDue': 'Fällige Lernkarten',
  'studyProgress.cardsDueHint': 'bis {date}',
  'studyProgress.cardsReviewed': 'Wiederholte Karten',
  'studyProgress.cardsReviewedHint': 'Woche ab {date}',
  'studyProgress.mastered': 'Gemeisterte Themen',
  'studyProgress.struggling': 'Themen zum Üben',
  'studyProgress.strugglingHint': 'letzte Antworten unter 70 % richtig',
  'studyProgress.ease': 'Mittlere Leichtigkeit',
  'studyProgress.easeHint': 'SM-2-Leichtigkeit der fälligen Karten (2,5 für eine neue Karte; niedriger ist schwerer)',
  'studyProgress.col.week': 'Woche',
  'studyProgress.weekOf': 'Woche ab {date}',
  'studyProgress.caption': 'Fortschritt pro Woche, {period}',
  'studyProgress.tableLabel': 'Fortschritt pro Woche',
  'studyProgress.emptyTitle': 'Noch keine Antworten',
  'studyProgress.emptyReason': 'Im Zeitraum {period} wurde keine Frage beantwortet, daher gibt es keinen Fortschritt.',
  'tutorView.label': 'Dashboard für Lehrkräfte',
  'tutorView.accuracy': 'Trefferquote Ihrer Schüler/innen',
  'tutorView.velocity': 'Tempo Ihrer Schüler/innen',
  'tutorView.topics': 'Themen Ihrer Schüler/innen',
  'tutorView.assignments': 'Ihre Aufgaben',
  'tutorView.questions': 'Qualität Ihrer Fragen',
  'tutorView.calibration': 'Schwierigkeit Ihrer Fragen',
  'tutorView.sessions': 'Ihre Stunden',
  'tutorView.yourAccuracy': 'Ihre Trefferquote',
  'tutorView.yourTopics': 'Ihre Themen',
  'tutorView.yourPace': 'Ihr Tempo',
};

/** German words of every tutoring widget. */
export const tutoringDe: TutoringMessages = {
  ...views,
  ...tutoring,
  ...questionQuality,
  ...tutorEffectiveness,
  ...accuracyTrend,
  ...learningVelocity,
  ...topicMastery,
  ...difficultyCalibration,
  ...cohortComparison,
};
