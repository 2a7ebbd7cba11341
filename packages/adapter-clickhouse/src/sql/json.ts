/**
 * The raw JSON text of top-level key `key` (a constant, never a request value) of the JSON text `expr`: `85.5`, `null`,
 * `"x"`, or '' when missing. 18.16 has no JSONExtract; visitParam functions read flat objects such as event payloads.
 * A JSON number starts with a digit or a minus sign.
 */
export function jsonNumberRaw(expr: string, key: string): string {
  return `visitParamExtractRaw(${expr}, '${key}')`;
}
