// The dataset's tables are defined once, in data-client's domain.
export { tableNames, type TableName } from '@learnlens/data-client';
