/**
 * Bytes appended at the end and consumed from the start, kept in one buffer that at least doubles
 * when it grows: a 20 MB message arriving in 64 KB chunks is copied a few times, not once a chunk
 * (Buffer.concat per chunk: 5 s).
 */
export class ByteQueue {
  private storage: Buffer = Buffer.alloc(0);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  /** The queued bytes; valid until the next append. */
  view(): Buffer {
    return this.storage.subarray(this.start, this.end);
  }

  append(chunk: Uint8Array): void {
    if (this.end + chunk.length > this.storage.length) {
      const length = this.length;
      // At least twice what is queued: the room left lasts as long as it took to fill.
      const size = Math.max(length + chunk.length, 2 * length);
      const storage = size <= this.storage.length ? this.storage : Buffer.allocUnsafe(size);
      this.storage.copy(storage, 0, this.start, this.end);
      this.storage = storage;
      this.start = 0;
      this.end = length;
    }
    this.storage.set(chunk, this.end);
    this.end += chunk.length;
  }

  consume(bytes: number): void {
    this.start += bytes;
    if (this.start === this.end) this.start = this.end = 0;
  }
}
