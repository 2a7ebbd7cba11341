import { type ExportRequest, type ExportResult, type LearnlensClient, type QueryName, type Viewer } from '@learnlens/data-client';
/** What a call ended in: a result, or an error reduced to what callers see. */
export type Outcome = {
    ok: unknown;
} | {
    error: {
        name: string | undefined;
        code: string | undefined;
        message: string | undefined;
    };
};
/** Differences between two JSON-like values as "path: actual vs expected"; numbers match within `relative`. */
export declare function differences(actual: unknown, expected: unknown, relative?: number, path?: string): string[];
/** Runs one query and records its outcome. */
export declare function queryOutcome(client: LearnlensClient, name: QueryName, params: Record<string, unknown>, viewer: Viewer): Promise<Outcome>;
/** The rows of an exported file, with numbers as numbers so they compare within tolerance. */
export declare function fileRows(result: ExportResult): Promise<unknown[]>;
/** Runs one export and reduces it to what must match: the audit entry (but its id and time), the file's rows and name. */
export declare function exportOutcome(client: LearnlensClient, request: ExportRequest): Promise<Outcome>;
//# sourceMappingURL=compare.d.ts.map