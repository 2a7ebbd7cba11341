'use client';
export { TopicMastery } from './TopicMastery.js';
export { levelCounts, masteryLevelOrder } from './topicMastery.utils.js';
export type {
  MasteryCell,
  MasteryGrid,
  MasteryGridRow,
  MasteryLevel,
  TopicMasteryMode,
  TopicMasteryProps,
  TopicMasteryResult,
  TopicSummary,
} from './topicMastery.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
