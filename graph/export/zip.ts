import { Zip, ZipDeflate, strToU8 } from "fflate";

export interface ZipEntry {
  name: string;
  chunks: AsyncIterable<string>;
}

/** A zip archive of text files, produced as its entries' chunks arrive (fflate). */
export async function* zipEntries(entries: ZipEntry[]): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift() as Uint8Array;
  };
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    for await (const chunk of entry.chunks) {
      file.push(strToU8(chunk));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
