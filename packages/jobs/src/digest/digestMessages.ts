/** The words of a digest in one language. */
export interface DigestMessages {
  subject: (week: string) => string;
  heading: string;
  greeting: (name: string) => string;
  weekOf: (week: string) => string;
  teamAverage: string;
  completionRate: string;
  completionDetail: (completed: string, assigned: string, count: string) => string;
  activeLearners: string;
  scoredAttempts: string;
  top: string;
  bottom: string;
  /** `one` when the count takes the singular in the locale. */
  attempts: (n: string, one: boolean) => string;
  noActivity: string;
  noAssignments: string;
  noScore: string;
  footer: (asOf: string) => string;
}

const en: DigestMessages = {
  subject: (week) => `Weekly team digest: ${week}`,
  heading: 'Weekly team digest',
  greeting: (name) => `Hello ${name},`,
  weekOf: (week) => `Your team's week ${week}.`,
  teamAverage: 'Team average score',
  completionRate: 'Assignment completion',
  completionDetail: (completed, assigned, count) => `${completed} of ${assigned} completions across ${count} assignments due by the end of the week`,
  activeLearners: 'Active learners',
  scoredAttempts: 'Scored attempts',
  top: 'Top performers',
  bottom: 'Needs attention',
  attempts: (n, one) => `${n} ${one ? 'attempt' : 'attempts'}`,
  noActivity: 'Nobody on your team completed a scored attempt this week.',
  noAssignments: 'No assignments were due by the end of the week.',
  noScore: 'no scored attempts',
  footer: (asOf) => `Sent by Learnlens once a week. The numbers are those of your dashboard for the same week, as of ${asOf}.`,
};

const de: DigestMessages = {
  subject: (week) => `Wöchentliche Team-Übersicht: ${week}`,
  heading: 'Wöchentliche Team-Übersicht',
  greeting: (name) => `Hallo ${name},`,
  weekOf: (week) => `Die Woche Ihres Teams: ${week}.`,
  teamAverage: 'Durchschnittliche Punktzahl des Teams',
  completionRate: 'Erledigte Aufgaben',
  completionDetail: (completed, assigned, count) => `${completed} von ${assigned} Abschlüssen in ${count} Aufgaben, fällig bis Wochenende`,
  activeLearners: 'Aktive Lernende',
  scoredAttempts: 'Bewertete Versuche',
  top: 'Beste Leistungen',
  bottom: 'Braucht Aufmerksamkeit',
  attempts: (n, one) => `${n} ${one ? 'Versuch' : 'Versuche'}`,
  noActivity: 'Diese Woche hat niemand in Ihrem Team einen bewerteten Versuch abgeschlossen.',
  noAssignments: 'Bis Wochenende waren keine Aufgaben fällig.',
  noScore: 'keine bewerteten Versuche',
  footer: (asOf) => `Einmal pro Woche von Learnlens gesendet. Die Zahlen sind die Ihres Dashboards für dieselbe Woche, Stand ${asOf}.`,
};

const fr: DigestMessages = {
  subject: (week) => `Récapitulatif hebdomadaire de l'équipe : ${week}`,
  heading: "Récapitulatif hebdomadaire de l'équipe",
  greeting: (name) => `Bonjour ${name},`,
  weekOf: (week) => `La semaine de votre équipe : ${week}.`,
  teamAverage: "Score moyen de l'équipe",
  completionRate: 'Devoirs terminés',
  completionDetail: (completed, assigned, count) => `${completed} sur ${assigned} réalisations pour ${count} devoirs dus d'ici la fin de la semaine`,
  activeLearners: 'Apprenants actifs',
  scoredAttempts: 'Tentatives notées',
  top: 'Meilleurs résultats',
  bottom: 'À suivre',
  attempts: (n, one) => `${n} ${one ? 'tentative' : 'tentatives'}`,
  noActivity: "Personne dans votre équipe n'a terminé de tentative notée cette semaine.",
  noAssignments: "Aucun devoir n'était dû d'ici la fin de la semaine.",
  noScore: 'aucune tentative notée',
  footer: (asOf) => `Envoyé par Learnlens une fois par semaine. Les chiffres sont ceux de votre tableau de bord pour la même semaine, au ${asOf}.`,
};

const es: DigestMessages = {
  subject: (week) => `Resumen semanal del equipo: ${week}`,
  heading: 'Resumen semanal del equipo',
  greeting: (name) => `Hola, ${name}:`,
  weekOf: (week) => `La semana de tu equipo: ${week}.`,
  teamAverage: 'Puntuación media del equipo',
  completionRate: 'Tareas completadas',
  completionDetail: (completed, assigned, count) => `${completed} de ${assigned} finalizaciones en ${count} tareas con vencimiento hasta el fin de semana`,
  activeLearners: 'Alumnos activos',
  scoredAttempts: 'Intentos puntuados',
  top: 'Mejores resultados',
  bottom: 'Necesitan atención',
  attempts: (n, one) => `${n} ${one ? 'intento' : 'intentos'}`,
  noActivity: 'Nadie de tu equipo completó un intento puntuado esta semana.',
  noAssignments: 'No vencía ninguna tarea hasta el fin de semana.',
  noScore: 'sin intentos puntuados',
  footer: (asOf) => `Enviado por Learnlens una vez por semana. Las cifras son las de tu panel para la misma semana, a ${asOf}.`,
};

const byLanguage: Record<string, DigestMessages> = { en, de, fr, es };

/** The languages digests are written in; any other locale gets English words with its own number and date formats. */
export const digestLanguages = Object.keys(byLanguage);

/** The messages for a BCP 47 locale ("de-AT" → German), English when the language is not one of `digestLanguages`. */
export function digestMessages(locale: string): DigestMessages {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return byLanguage[language] ?? en;
}
