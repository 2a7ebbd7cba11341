// Public API of @learnlens/jobs. Named exports only.
export { BI_SCHEMA_VERSION, biColumnNames, biColumns } from './biExport/biColumns.js';
export { biObjectKey, type BiObjectKeyInput } from './biExport/objectKey.js';
export {
  runBiExport,
  type BiExportObject,
  type BiFileSource,
  type BiExportOptions,
  type BiExportProgress,
  type BiExportResult,
  type BiExportTarget,
  type BiFormat,
} from './biExport/runBiExport.js';
export {
  adminViewerOf,
  directoryFromTables,
  type DirectoryOrg,
  type DirectoryTables,
  type DirectoryUser,
  type JobDirectory,
} from './directory.js';
export { JobSettingError, UnsupportedJobError, errorMessage, jobBackendSupport } from './errors.js';
export {
  bytesSource,
  DEFAULT_PART_SIZE,
  MIN_PART_SIZE,
  putObjectOnce,
  s3ErrorMessage,
  UploadError,
  type ObjectSource,
  type PutObjectOnceInput,
  type PutObjectOnceResult,
} from './s3/putObjectOnce.js';
export {
  createS3Client,
  readS3Settings,
  s3EnvironmentVariables,
  type S3SettingOverrides,
  type S3Settings,
} from './s3/s3Settings.js';
export { computeDigest, digestFrom, DIGEST_LIST_SIZE, type DigestData, type DigestPerformer } from './digest/computeDigest.js';
export { DigestEmail, darkModeCss, type DigestEmailProps } from './digest/DigestEmail.js';
export { digestFormat, type DigestFormat } from './digest/digestFormat.js';
export { digestLanguages, digestMessages, type DigestMessages } from './digest/digestMessages.js';
export { digestWeek, type DigestWeek } from './digest/digestWeek.js';
export { fileDeliveryLog, memoryDeliveryLog, type DeliveryLog, type DeliveryRecord } from './digest/deliveryLog.js';
export { renderDigest, type RenderedDigest } from './digest/renderDigest.js';
export {
  runDigest,
  type DigestEvent,
  type DigestMessage,
  type DigestOptions,
  type DigestOutcome,
  type DigestResult,
  type DigestSender,
} from './digest/runDigest.js';
export { emlFileSender, emlPath, smtpSender, transportSender, type SmtpSenderOptions } from './digest/senders.js';
export { createS3ExportStore, type S3ExportStore } from './s3/s3ExportStore.js';
export {
  etlJobStatusTableSql,
  fileJobStatus,
  type FileJobStatusOptions,
  memoryJobStatus,
  sqlJobStatus,
  type JobRunStatus,
  type JobRunUpdate,
  type JobStatusRow,
  type JobStatusStore,
  type SqlRunner,
} from './schedule/jobStatus.js';
export { createScheduler, type JobOutcome, type ScheduledJob, type Scheduler, type SchedulerEvent, type SchedulerOptions } from './schedule/scheduler.js';
