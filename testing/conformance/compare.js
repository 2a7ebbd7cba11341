import { parseCsv } from '@learnlens/data-client';
import { parquetReadObjects } from 'hyparquet';
// Sums that cancel out (an average change of exactly 0) come out as ±1e-17 in another summation order.
const ABSOLUTE_TOLERANCE = 1e-12;
/** Differences between two JSON-like values as "path: actual vs expected"; numbers match within `relative`. */
export function differences(actual, expected, relative = 1e-9, path = '$') {
    if (typeof actual === 'number' && typeof expected === 'number') {
        const delta = Math.abs(actual - expected);
        const close = actual === expected || delta <= relative * Math.max(Math.abs(actual), Math.abs(expected)) || delta <= ABSOLUTE_TOLERANCE;
        return close ? [] : [`${path}: ${actual} vs ${expected}`];
    }
    if (Array.isArray(actual) && Array.isArray(expected)) {
        const found = actual.length === expected.length ? [] : [`${path}.length: ${actual.length} vs ${expected.length}`];
        for (let i = 0; i < Math.min(actual.length, expected.length) && found.length <= 20; i++) {
            found.push(...differences(actual[i], expected[i], relative, `${path}[${i}]`));
        }
        return found;
    }
    const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (isObject(actual) && isObject(expected)) {
        const found = [];
        for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
            if (!(key in actual))
                found.push(`${path}.${key}: missing`);
            else if (!(key in expected))
                found.push(`${path}.${key}: unexpected`);
            else
                found.push(...differences(actual[key], expected[key], relative, `${path}.${key}`));
        }
        return found;
    }
    return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`];
}
function failure(error) {
    const e = (error ?? {});
    return { error: { name: e.name, code: e.code, message: e.message } };
}
/** Runs one query and records its outcome. */
export async function queryOutcome(client, name, params, viewer) {
    try {
        return { ok: await client.query(name, params, { viewer }) };
    }
    catch (error) {
        return failure(error);
    }
}
function numeric(cell) {
    return cell !== '' && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell) ? Number(cell) : cell;
}
function plain(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'bigint')
        return Number(value);
    return value;
}
/** The rows of an exported file, with numbers as numbers so they compare within tolerance. */
export async function fileRows(result) {
    if (result.format === 'csv') {
        const text = new TextDecoder().decode(result.bytes);
        return parseCsv(text).map((record) => record.map(numeric));
    }
    const file = result.bytes.buffer.slice(result.bytes.byteOffset, result.bytes.byteOffset + result.bytes.byteLength);
    const rows = (await parquetReadObjects({ file }));
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}
/** Runs one export and reduces it to what must match: the audit entry (but its id and time), the file's rows and name. */
export async function exportOutcome(client, request) {
    try {
        const result = await client.export(request);
        const { audit_id: _id, at: _at, ...audit } = result.audit;
        return {
            ok: {
                audit,
                rowCount: result.rowCount,
                format: result.format,
                mimeType: result.mimeType,
                // The name ends in the export's time, which differs by the moment each ran.
                fileName: result.fileName.replace(/\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}/, 'TIME'),
                rows: await fileRows(result),
            },
        };
    }
    catch (error) {
        return failure(error);
    }
}
//# sourceMappingURL=compare.js.map