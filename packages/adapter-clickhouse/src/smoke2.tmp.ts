import { offsetSql } from './sql/zone.js';
const t0 = performance.now();
const s = offsetSql('Europe/Berlin', 'started_at', undefined, undefined);
console.log('js ms', performance.now() - t0, 'len', s.length);
const t1 = performance.now();
offsetSql('Europe/Berlin', 'started_at', undefined, undefined);
console.log('js ms cached', performance.now() - t1);
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/chtry/off.sql', `SELECT count(), sum(o) FROM (SELECT toDateTime(1700000000 + number * 60) AS started_at, ${s} AS o FROM system.numbers LIMIT 2000)`);
