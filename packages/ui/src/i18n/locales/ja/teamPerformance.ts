import type { teamPerformanceMessages } from '../../en/teamPerformance.js';
import type { Message } from '../../translate.js';

/** Japanese words of TeamPerformance; `satisfies` makes a missing key a type error. */
export const teamPerformanceJa = {
  'teams.title': 'チームの成績',
  'teams.subject': 'チーム比較',
  'teams.descriptionOwn': { other: '組織の{count}チームの中の{team}' },
  'teams.descriptionAll': { other: '組織の{count}チーム' },
  'teams.avgScore': 'チーム平均',
  'teams.completionRate': '完了率',
  'teams.rank': '順位',
  'teams.rankOf': '{count}チーム中{rank}位',
  'teams.unranked': '順位なし',
  'teams.noScores': 'この期間に採点済みの挑戦はありません',
  'teams.scoredAttempts': { other: '採点済みの挑戦 {count}件' },
  'teams.completedOf': '{assigned}件中{completed}件完了',
  'teams.noAssignments': '期限の課題はありません',
  'teams.activeLearners': { other: 'アクティブな学習者 {count}人' },
  'teams.distribution': '平均スコア別の全チーム',
  'teams.col.rank': '順位',
  'teams.col.team': 'チーム',
  'teams.col.average': '平均',
  'teams.col.completion': '完了',
  'teams.col.learners': 'アクティブな学習者',
  'teams.yours': 'あなたのチーム',
  'teams.emptyTitle': '比較するチームがありません',
  'teams.emptyNoTeams': 'この組織にはまだチームがありません。',
  'teams.emptyNoActivity': 'この期間に挑戦や期限の課題があったチームはありません。',
} as const satisfies Record<keyof typeof teamPerformanceMessages, Message>;
