// CSV as a byte stream, one batch of rows at a time: the next batch is fetched only when the
// client has read the previous one, so a large export never sits in memory whole.
import { stringify } from "csv-stringify/sync";

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null };

export function csvStream<T>(columns: CsvColumn<T>[], batches: AsyncIterable<T[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  // A cell starting with = + - @ would run as a formula in a spreadsheet: escape_formulas defuses it.
  const toCsv = (records: (string | number | null)[][]) =>
    encoder.encode(stringify(records, { escape_formulas: true }));
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(toCsv([columns.map((c) => c.header)]));
        return;
      }
      // Every pull must enqueue or close: skip empty batches, else the reader would wait forever.
      for (let next = await iterator.next(); ; next = await iterator.next()) {
        if (next.done) return controller.close();
        if (next.value.length)
          return controller.enqueue(toCsv(next.value.map((row) => columns.map((c) => c.value(row)))));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function csvResponse(stream: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
