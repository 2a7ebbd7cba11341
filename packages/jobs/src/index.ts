// Public API of @learnlens/jobs. Named exports only.
export { BI_SCHEMA_VERSION, biColumnNames, biColumns } from './biExport/biColumns.js';
export { biObjectKey, type BiObjectKeyInput } from './biExport/objectKey.js';
export {
  runBiExport,
  type BiExportObject,
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
export { JobSettingError, errorMessage } from './errors.js';
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
