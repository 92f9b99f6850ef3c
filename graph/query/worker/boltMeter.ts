/** The server's answer to the handshake when it offers a list of versions (Bolt's "manifest v1"). */
const MANIFEST = [0x00, 0x00, 0x01, 0xff];

type Phase = "version" | "count" | "versions" | "capabilities" | "header" | "body";

/**
 * Follows Bolt's framing in the bytes a connection receives and says how
 * large the message being received has grown, before the driver has decoded
 * any of it. A message is a run of chunks (a two-byte size, then the bytes),
 * ended by a chunk of size zero; before the first message comes the server's
 * handshake: four bytes, or with the manifest handshake a varint count of
 * four-byte version ranges and a varint of capabilities.
 *
 * Hand-written: the driver keeps its framing to itself, and no library reads
 * Bolt's framing off a socket that something else consumes.
 */
export class BoltMessageMeter {
  private phase: Phase = "version";
  private readonly head: number[] = [];
  private varint = 0;
  private shift = 0;
  private skip = 0;
  private bodyLeft = 0;
  /** Bytes of the message being received so far; 0 between messages. */
  messageBytes = 0;

  /** Reads the next bytes; returns the largest size a message reached within them. */
  feed(bytes: Uint8Array): number {
    let largest = this.messageBytes;
    let i = 0;
    while (i < bytes.length) {
      if (this.phase === "body") {
        const n = Math.min(this.bodyLeft, bytes.length - i);
        i += n;
        this.bodyLeft -= n;
        this.messageBytes += n;
        largest = Math.max(largest, this.messageBytes);
        if (this.bodyLeft === 0) this.phase = "header";
        continue;
      }
      const byte = bytes[i] ?? 0;
      i += 1;
      switch (this.phase) {
        case "header":
          this.head.push(byte);
          if (this.head.length === 2) this.startChunk(((this.head[0] ?? 0) << 8) | byte);
          break;
        case "version":
          this.head.push(byte);
          if (this.head.length === 4) {
            const manifest = this.head.every((b, k) => b === MANIFEST[k]);
            this.head.length = 0;
            this.phase = manifest ? "count" : "header";
          }
          break;
        case "count":
          if (this.readVarint(byte)) {
            this.skip = this.varint * 4;
            this.varint = 0;
            this.phase = this.skip > 0 ? "versions" : "capabilities";
          }
          break;
        case "versions":
          this.skip -= 1;
          if (this.skip === 0) this.phase = "capabilities";
          break;
        case "capabilities":
          if (this.readVarint(byte)) {
            this.varint = 0;
            this.phase = "header";
          }
          break;
      }
    }
    return largest;
  }

  private startChunk(size: number): void {
    this.head.length = 0;
    if (size === 0) {
      this.messageBytes = 0;
      return;
    }
    this.bodyLeft = size;
    this.phase = "body";
  }

  /** Adds a byte of a varint (seven bits each, least significant first); true when it ended. */
  private readVarint(byte: number): boolean {
    this.varint += (byte & 0x7f) * 2 ** this.shift;
    this.shift += 7;
    if ((byte & 0x80) !== 0) return false;
    this.shift = 0;
    return true;
  }
}
