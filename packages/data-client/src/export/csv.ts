/** CSV exports stop here (seed 000: "CSV exports are limited to 10,000 rows"). */
export const CSV_ROW_LIMIT = 10_000;

// OWASP CSV injection: a spreadsheet treats a cell starting with one of these
// as a formula (or, for tab/CR/LF/NUL, strips them and then does; ASVS 5 lists NUL).
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: numbers stay numbers, null is empty, strings that could be formulas are neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  if (NEEDS_QUOTES.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** RFC 4180 text: a header row, then one CRLF-terminated record per row. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, unknown>>>): string {
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = columns.map(csvCell).join(',');
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) line += ',';
      line += csvCell(row[columns[c]!]);
    }
    lines[r + 1] = line;
  }
  return lines.join('\r\n') + '\r\n';
}

/** UTF-8 bytes of `toCsv`, refusing more than `CSV_ROW_LIMIT` rows (the caller checks first to explain why). */
export function encodeCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, unknown>>>): Uint8Array {
  return new TextEncoder().encode(toCsv(columns, rows));
}

/** Parses RFC 4180 text back into rows of strings (used by tests and `learnlens query --data`). */
export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  const n = body.length;
  let record: string[] = [];
  let i = 0;
  // Field by field: unquoted fields are sliced in one step (indexOf), so the
  // cost is per field, not per character.
  while (i < n) {
    let field: string;
    if (body.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = body.indexOf('"', from);
        if (quote === -1) {
          value += body.slice(from);
          i = n;
          break;
        }
        value += body.slice(from, quote);
        if (body.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // Anything between the closing quote and the separator is kept, as lenient readers do.
      let j = i;
      while (j < n) {
        const c = body.charCodeAt(j);
        if (c === 44 || c === 13 || c === 10) break;
        j++;
      }
      field = value + body.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = body.charCodeAt(j);
        if (c === 44 || c === 13 || c === 10) break;
        j++;
      }
      field = body.slice(i, j);
      i = j;
    }
    record.push(field);
    if (i >= n) break;
    const sep = body.charCodeAt(i);
    if (sep === 44 /* , */) {
      i++;
      if (i === n) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    i += sep === 13 && body.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  if (record.length > 0) records.push(record);
  return records;
}
