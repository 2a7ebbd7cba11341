import type { teamPerformanceMessages } from '../../en/teamPerformance.js';
import type { Message } from '../../translate.js';

/** Spanish words of TeamPerformance; `satisfies` makes a missing key a type error. */
export const teamPerformanceEs = {
  'teams.title': 'Rendimiento de los equipos',
  'teams.subject': 'la comparación de equipos',
  'teams.descriptionOwn': { one: '{team}, el único equipo de la organización', other: '{team} junto a los {count} equipos de la organización' },
  'teams.descriptionAll': { one: 'El único equipo de la organización', other: 'Los {count} equipos de la organización' },
  'teams.avgScore': 'Media del equipo',
  'teams.completionRate': 'Tasa de finalización',
  'teams.rank': 'Puesto',
  'teams.rankOf': 'Puesto {rank} de {count}',
  'teams.unranked': 'Sin puesto',
  'teams.noScores': 'Sin intentos puntuados en este periodo',
  'teams.scoredAttempts': { one: '{count} intento puntuado', other: '{count} intentos puntuados' },
  'teams.completedOf': '{completed} de {assigned} completadas',
  'teams.noAssignments': 'Ninguna tarea con vencimiento',
  'teams.activeLearners': { one: '{count} alumno activo', other: '{count} alumnos activos' },
  'teams.distribution': 'Todos los equipos por puntuación media',
  'teams.col.rank': 'Puesto',
  'teams.col.team': 'Equipo',
  'teams.col.average': 'Media',
  'teams.col.completion': 'Finalización',
  'teams.col.learners': 'Alumnos activos',
  'teams.yours': 'Tu equipo',
  'teams.emptyTitle': 'No hay equipos que comparar',
  'teams.emptyNoTeams': 'Esta organización aún no tiene equipos.',
  'teams.emptyNoActivity': 'Ningún equipo tuvo intentos ni tareas con vencimiento en este periodo.',
} as const satisfies Record<keyof typeof teamPerformanceMessages, Message>;
