// Renders docs/query-catalog.md from the catalog's zod schemas and its meanings (catalog/queryDocs.ts), so the
// reference cannot drift from the code (tests/catalogDocs.test.ts checks it).
// Regenerate with: pnpm exec tsx scripts/catalogDocs.ts --write
import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { catalog, paramDoc, queryDocs, queryNames, type QueryName } from '../packages/data-client/src/index.js';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
};

function typeText(s: JsonSchema, indent = ''): string {
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map((u) => typeText(u, indent)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(' | ');
  if (Array.isArray(s.type)) return s.type.map((t) => typeText({ ...s, type: t }, indent)).join(' | ');
  switch (s.type) {
    case 'object': {
      const inner = `${indent}  `;
      const props = Object.entries(s.properties ?? {}).map(
        ([k, v]) => `${inner}${k}${s.required?.includes(k) ? '' : '?'}: ${typeText(v, inner)}`,
      );
      return `{\n${props.join('\n')}\n${indent}}`;
    }
    case 'array':
      return `Array<${typeText(s.items ?? {}, indent)}>`;
    case 'string':
      return s.format === 'date' ? 'string /* YYYY-MM-DD */' : s.format === 'date-time' ? 'string /* ISO 8601 */' : 'string';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    default:
      return 'unknown';
  }
}

function paramRows(query: QueryName, schema: JsonSchema): string[] {
  return Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const type = typeText(p).replace(/\n\s*/g, ' ').replace(/\|/g, '\\|');
    const dflt = name === 'now' ? 'current time' : p.default === undefined ? '' : `\`${JSON.stringify(p.default)}\``;
    return `| \`${name}\` | \`${type}\` | ${dflt} | ${(paramDoc(query, name, p) ?? '').replace(/\|/g, '\\|')} |`;
  });
}

/** The whole reference page. */
export function renderCatalogDocs(): string {
  const out: string[] = [
    '# Query catalog',
    '',
    '<!-- Generated from packages/data-client/src/catalog by scripts/catalogDocs.ts; do not edit by hand. -->',
    '',
    'Every widget, export and adapter speaks these queries. Parameters are validated (unknown names are errors);',
    'results are validated before any widget sees them. `from`/`to` are calendar days in `timezone`, `to` exclusive.',
    'Each entry\'s definition is the meaning every adapter must reproduce; the source names the seed document it',
    'comes from (`../shared/seeds/`).',
    '',
    '| query | source | cache |',
    '| --- | --- | --- |',
    ...queryNames.map((n) => `| [\`${n}\`](#${n.toLowerCase()}) | ${queryDocs[n].source} | ${catalog[n].staleTimeMs / 60_000} min |`),
  ];
  for (const name of queryNames) {
    const entry = catalog[name];
    const params = z.toJSONSchema(entry.params, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const result = z.toJSONSchema(entry.result, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    out.push(
      '',
      `## ${name}`,
      '',
      queryDocs[name].doc,
      '',
      `Source: ${queryDocs[name].source}. Fresh for ${entry.staleTimeMs / 60_000} min.${entry.showsPeers ? ' Shows peers to learners, pseudonymised.' : ''}`,
      '',
      '| parameter | type | default | meaning |',
      '| --- | --- | --- | --- |',
      ...paramRows(name, params),
      '',
      'Result:',
      '',
      '```ts',
      typeText(result),
      '```',
    );
  }
  return `${out.join('\n')}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(new URL('../docs/query-catalog.md', import.meta.url), renderCatalogDocs());
  console.log('wrote docs/query-catalog.md');
}
