import { describe, expect, it } from "vitest";
import { csvStream } from "./stream";

async function* batches<T>(pages: T[][], fetched: number[]) {
  for (const [i, page] of pages.entries()) {
    fetched.push(i);
    yield page;
  }
}

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("csvStream", () => {
  const columns = [
    { header: "Name", value: (r: { name: string; n: number }) => r.name },
    { header: "Count", value: (r: { name: string; n: number }) => r.n },
  ];

  it("writes a header, then every batch, quoting where needed", async () => {
    const text = await read(
      csvStream(columns, batches([[{ name: "Smith, Jo", n: 1 }], [], [{ name: 'Say "hi"', n: 2 }]], [])),
    );
    expect(text).toBe('Name,Count\n"Smith, Jo",1\n"Say ""hi""",2\n');
  });

  it("defuses spreadsheet formulas in cells", async () => {
    const text = await read(csvStream(columns, batches([[{ name: "=HYPERLINK(1)", n: 3 }]], [])));
    expect(text.split("\n")[1]).toBe("'=HYPERLINK(1),3");
  });

  it("fetches a batch only when the reader asks for more", async () => {
    const fetched: number[] = [];
    const reader = csvStream(
      columns,
      batches([[{ name: "a", n: 1 }], [{ name: "b", n: 2 }], [{ name: "c", n: 3 }]], fetched),
    ).getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    expect(fetched).toEqual([0]);
    await reader.cancel();
    expect(fetched).toEqual([0]);
  });
});
