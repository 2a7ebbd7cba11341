/** CSV exports stop here (seed 000: "CSV exports are limited to 10,000 rows"). */
export const CSV_ROW_LIMIT = 10_000;

// OWASP CSV injection: a spreadsheet treats a cell starting with one of these
// as a formula (or, for tab/CR/LF, strips them and then does).
const FORMULA_START = /^[=+\-@\t\r\n]/;
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
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < body.length) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
