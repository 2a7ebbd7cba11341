// The public API of @learnlens/sql: the dialect interface, the shared query definitions and the pieces ClickHouse
// shares (filters, sort allow-lists, paging, result readers).

export type { FilterSql, ResultReader, Row, Sql, SqlDb } from './dialect.js';
export { activityConditions, and, col, factConditions, rangeConditions, userConditions, type FactColumns } from './filters.js';
export { orderTerm, page, pagedStatement, pageOf, type SortField } from './paging.js';
export { activityInsightsSort, assignmentProgressSort, leaderboardSort, recentAttemptsSort, textSortFields } from './sortColumns.js';
export { runSqlQuery, type SqlQueries, type SqlQuery, type SqlStatement } from './sqlQuery.js';
export { sqlQueries } from './queries/index.js';
export { readOrgOverview } from './queries/orgOverview.js';
export { readScoreTrend } from './queries/scoreTrend.js';
export { bool, count, fieldsOf, num } from './values.js';
