import type { teamPerformanceMessages } from '../../en/teamPerformance.js';
import type { Message } from '../../translate.js';

/** German words of TeamPerformance; `satisfies` makes a missing key a type error. */
export const teamPerformanceDe = {
  'teams.title': 'Teamleistung',
  'teams.subject': 'den Teamvergleich',
  'teams.descriptionOwn': { one: '{team}, das einzige Team der Organisation', other: '{team} neben den {count} Teams der Organisation' },
  'teams.descriptionAll': { one: 'Das einzige Team der Organisation', other: 'Die {count} Teams der Organisation' },
  'teams.avgScore': 'Teamdurchschnitt',
  'teams.completionRate': 'Abschlussquote',
  'teams.rank': 'Rang',
  'teams.rankOf': 'Rang {rank} von {count}',
  'teams.unranked': 'Ohne Rang',
  'teams.noScores': 'Keine bewerteten Versuche in diesem Zeitraum',
  'teams.scoredAttempts': { one: '{count} bewerteter Versuch', other: '{count} bewertete Versuche' },
  'teams.completedOf': '{completed} von {assigned} abgeschlossen',
  'teams.noAssignments': 'Keine fälligen Aufgaben',
  'teams.activeLearners': { one: '{count} aktive:r Lernende:r', other: '{count} aktive Lernende' },
  'teams.distribution': 'Alle Teams nach Durchschnittspunktzahl',
  'teams.col.rank': 'Rang',
  'teams.col.team': 'Team',
  'teams.col.average': 'Durchschnitt',
  'teams.col.completion': 'Abschluss',
  'teams.col.learners': 'Aktive Lernende',
  'teams.yours': 'Ihr Team',
  'teams.emptyTitle': 'Keine Teams zum Vergleichen',
  'teams.emptyNoTeams': 'Diese Organisation hat noch keine Teams.',
  'teams.emptyNoActivity': 'Kein Team hatte in diesem Zeitraum Versuche oder fällige Aufgaben.',
} as const satisfies Record<keyof typeof teamPerformanceMessages, Message>;
