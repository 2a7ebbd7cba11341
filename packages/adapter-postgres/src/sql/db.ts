import type { Mapping } from '../mapping/defineMapping.js';
import type { Exec } from './exec.js';

/** What a query implementation runs against: a statement runner and the host's mapping. */
export interface Db {
  exec: Exec;
  mapping: Mapping;
}
