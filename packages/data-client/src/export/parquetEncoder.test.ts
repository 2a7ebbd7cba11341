import { describe, expect, it } from 'vitest';
import { openParquetEncoder, startedParquetWorkers, threadEncoder, type PageEncoder } from './parquetEncoder.js';
import type { ColumnValues, ExportColumn } from './parquetWriter.js';

const columns: ExportColumn[] = [
  { name: 'user', type: 'string' },
  { name: 'n', type: 'int' },
  { name: 'at', type: 'timestamp' },
];

function page(p: number, n: number): ColumnValues[] {
  return [
    { kind: 'string', values: Array.from({ length: n }, (_, r) => (r % 5 === 0 ? null : `user-${(p + r) % 13}`)) },
    { kind: 'number', values: Float64Array.from({ length: n }, (_, r) => p * n + r), present: null },
    { kind: 'timestamp', values: Float64Array.from({ length: n }, (_, r) => Date.UTC(2026, 0, 1) + r), present: null },
  ];
}

async function encode(encoder: PageEncoder, pages: ColumnValues[][]): Promise<number[]> {
  try {
    // Every page handed over before any answer is read, as an export keeps pages in flight.
    const answers = pages.map((values) => encoder.write(values[1]!.kind === 'number' ? values[1]!.values.length : 0, values));
    answers.push(encoder.finish());
    const bytes: number[] = [];
    for (const parts of await Promise.all(answers)) for (const part of parts) bytes.push(...part);
    return bytes;
  } finally {
    encoder.close();
  }
}

describe('openParquetEncoder', () => {
  it('should encode on a worker thread in Node, the same bytes as in this thread', async () => {
    const pages = () => [page(0, 300), page(1, 300), page(2, 45)];
    const worker = await openParquetEncoder(columns, 250);
    expect(worker.where).toBe('worker');
    expect(await encode(worker, pages())).toEqual(await encode(threadEncoder(columns, 250), pages()));
  });

  it("should fail the page the worker's writer refuses with the writer's own error, and every page after it", async () => {
    const bad = () => {
      const values = page(1, 10);
      (values[1] as { values: Float64Array }).values[3] = 2 ** 60;
      return values;
    };
    const encoder = await openParquetEncoder(columns, 250);
    try {
      const [first, refused, after] = await Promise.allSettled([encoder.write(10, page(0, 10)), encoder.write(10, bad()), encoder.finish()]);
      expect(first.status).toBe('fulfilled');
      const thrown = await threadEncoder(columns, 250).write(10, bad()).catch((e: unknown) => e);
      expect(refused).toEqual({ status: 'rejected', reason: thrown });
      expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(RangeError);
      expect((refused as PromiseRejectedResult).reason.message).toBe(`Parquet export: "n" value ${2 ** 60} is not an integer`);
      expect(after).toMatchObject({ status: 'rejected', reason: expect.any(RangeError) });
    } finally {
      encoder.close();
    }
  });

  it("should reuse a finished export's worker for the next export, which writes its own file", async () => {
    await encode(await openParquetEncoder(columns, 250), [page(5, 20)]);
    const before = startedParquetWorkers();
    const next = await openParquetEncoder(columns, 100);
    expect(next.where).toBe('worker');
    const bytes = await encode(next, [page(0, 300), page(1, 30)]);
    expect(startedParquetWorkers()).toBe(before);
    expect(bytes).toEqual(await encode(threadEncoder(columns, 100), [page(0, 300), page(1, 30)]));
  });

  it('should refuse pages after it is closed', async () => {
    const encoder = await openParquetEncoder(columns, 250);
    encoder.close();
    await expect(encoder.write(10, page(0, 10))).rejects.toThrow('closed');
  });
});
