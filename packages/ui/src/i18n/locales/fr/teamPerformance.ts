import type { teamPerformanceMessages } from '../../en/teamPerformance.js';
import type { Message } from '../../translate.js';

/** French words of TeamPerformance; `satisfies` makes a missing key a type error. */
export const teamPerformanceFr = {
  'teams.title': 'Performance des équipes',
  'teams.subject': 'la comparaison des équipes',
  'teams.descriptionOwn': { one: '{team}, seule équipe de l’organisation', other: '{team} parmi les {count} équipes de l’organisation' },
  'teams.descriptionAll': { one: 'La seule équipe de l’organisation', other: 'Les {count} équipes de l’organisation' },
  'teams.avgScore': 'Moyenne de l’équipe',
  'teams.completionRate': 'Taux d’achèvement',
  'teams.rank': 'Rang',
  'teams.rankOf': 'Rang {rank} sur {count}',
  'teams.unranked': 'Non classée',
  'teams.noScores': 'Aucune tentative notée sur cette période',
  'teams.scoredAttempts': { one: '{count} tentative notée', other: '{count} tentatives notées' },
  'teams.completedOf': '{completed} sur {assigned} terminées',
  'teams.noAssignments': 'Aucun devoir à rendre',
  'teams.activeLearners': { one: '{count} apprenant actif', other: '{count} apprenants actifs' },
  'teams.distribution': 'Toutes les équipes par score moyen',
  'teams.col.rank': 'Rang',
  'teams.col.team': 'Équipe',
  'teams.col.average': 'Moyenne',
  'teams.col.completion': 'Achèvement',
  'teams.col.learners': 'Apprenants actifs',
  'teams.yours': 'Votre équipe',
  'teams.emptyTitle': 'Aucune équipe à comparer',
  'teams.emptyNoTeams': 'Cette organisation n’a pas encore d’équipe.',
  'teams.emptyNoActivity': 'Aucune équipe n’a eu de tentative ni de devoir à rendre sur cette période.',
} as const satisfies Record<keyof typeof teamPerformanceMessages, Message>;
