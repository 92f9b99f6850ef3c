import { describe, expect, it } from "vitest";
import { BoltMessageMeter } from "../../graph/query/worker/boltMeter.ts";

/** A message as Bolt frames it: chunks of at most 65,535 bytes, then a chunk of size zero. */
function framed(size: number, fill: number): number[] {
  const out: number[] = [];
  for (let left = size; left > 0; ) {
    const n = Math.min(left, 0xffff);
    out.push(n >> 8, n & 0xff, ...new Array<number>(n).fill(fill));
    left -= n;
  }
  out.push(0, 0);
  return out;
}

/** Feeds the bytes in pieces of the given sizes; returns the largest message size seen after each piece. */
function feedInPieces(meter: BoltMessageMeter, bytes: number[], piece: number): number[] {
  const seen: number[] = [];
  for (let i = 0; i < bytes.length; i += piece) {
    seen.push(meter.feed(Uint8Array.from(bytes.slice(i, i + piece))));
  }
  return seen;
}

describe("BoltMessageMeter", () => {
  it("follows messages after a plain handshake, however the bytes are split", () => {
    // Version 5.4 answered, then a 70,000-byte message (two chunks) and a 10-byte one.
    const stream = [0, 0, 4, 5, ...framed(70_000, 0), ...framed(10, 0)];
    for (const piece of [1, 3, 1000, 65_537, stream.length]) {
      const meter = new BoltMessageMeter();
      const seen = feedInPieces(meter, stream, piece);
      expect(Math.max(...seen)).toBe(70_000);
      expect(meter.messageBytes).toBe(0);
    }
  });

  it("grows with a message still arriving, before its end", () => {
    const meter = new BoltMessageMeter();
    meter.feed(Uint8Array.from([0, 0, 4, 5]));
    const message = framed(200_000, 7);
    expect(meter.feed(Uint8Array.from(message.slice(0, 150_000)))).toBeGreaterThan(140_000);
    expect(meter.messageBytes).toBeGreaterThan(140_000);
  });

  it("skips the manifest handshake's versions and capabilities", () => {
    // 0x000001FF, two version ranges, capabilities 0; the bytes of the ranges look like chunk sizes.
    const handshake = [0, 0, 1, 0xff, 2, 0xff, 0xff, 0xff, 0xff, 0, 0, 8, 5, 0];
    const stream = [...handshake, ...framed(300, 1), ...framed(5, 2)];
    const meter = new BoltMessageMeter();
    expect(Math.max(...feedInPieces(meter, stream, 2))).toBe(300);
    expect(meter.messageBytes).toBe(0);
  });

  it("reads a varint of several bytes in the manifest handshake", () => {
    // 130 ranges (0x82 0x01), then capabilities 0x81 0x00 written long.
    const ranges = new Array<number>(130 * 4).fill(0xff);
    const stream = [0, 0, 1, 0xff, 0x82, 0x01, ...ranges, 0x81, 0x00, ...framed(42, 3)];
    const meter = new BoltMessageMeter();
    expect(meter.feed(Uint8Array.from(stream))).toBe(42);
  });
});
