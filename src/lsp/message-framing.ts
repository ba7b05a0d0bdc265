/**
 * The language server's input, re-framed before the JSON-RPC reader sees it. That reader, given a
 * header block without a numeric `Content-Length`, reports an error and from then on reads each
 * body glued to the next header: the server never answers again, not even `shutdown`. Here every
 * well-framed message passes on (its header reduced to `Content-Length`), and anything else is
 * dropped up to the next header, which is said through `onDropped`:
 * - a header block with no numeric `Content-Length`;
 * - a body that holds the start of the next message (its length was too long): valid JSON never
 *   holds a raw line break inside a string, nor `Content-Length: <n>` and a line break outside one,
 *   so such a body is cut there, even before the rest of its announced length arrives.
 * A body that is not JSON passes on: the JSON-RPC reader answers it with a parse error.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { ByteQueue } from './byte-queue.js';

const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_NAME = /content-length:/i;
const CONTENT_LENGTH = /^content-length:[ \t]*(\d+)[ \t]*$/im;
const NEXT_MESSAGE = /content-length:[ \t]*\d+[ \t]*\r\n/i;
/** A header block longer than this is taken as not one. */
const MAX_HEADER_BYTES = 8192;
/** Enough bytes to hold the start of a header that a chunk's end cuts in two. */
const HEADER_START_BYTES = 64;

export class MessageFraming extends Transform {
  private readonly pending = new ByteQueue();
  /** The header block of the body being read, in bytes: dropped with it when the body is cut. */
  private headerBytes = 0;
  /** The length of the body being read, or null while a header block is. */
  private bodyLength: number | null = null;
  /** How far into the pending body the next message was looked for: each byte is looked at once. */
  private searched = 0;
  /** Bytes dropped since the last message passed on: said once, with the message that follows. */
  private dropped = 0;

  /** `onDropped` hears how many bytes were dropped before each message that follows a drop. */
  constructor(private readonly onDropped: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending.append(chunk);
    while (this.bodyLength === null ? this.readHeader() : this.readBody());
    done();
  }

  /** Reads a header block; false when more input is needed. */
  private readHeader(): boolean {
    const pending = this.pending.view();
    const end = pending.indexOf(HEADER_END);
    if (end === -1) {
      if (this.pending.length <= MAX_HEADER_BYTES) return false;
      this.discardToNextHeader();
      return true;
    }
    const length = CONTENT_LENGTH.exec(pending.toString('latin1', 0, end))?.[1];
    if (length === undefined) {
      this.discardToNextHeader();
      return true;
    }
    this.bodyLength = Number(length);
    this.headerBytes = end + HEADER_END.length;
    this.pending.consume(this.headerBytes);
    this.searched = 0;
    return true;
  }

  /** Reads the body; false when more input is needed. */
  private readBody(): boolean {
    const length = this.bodyLength!;
    const pending = this.pending.view();
    const available = Math.min(pending.length, length);
    const from = Math.max(0, this.searched - HEADER_START_BYTES);
    const nextMessage = pending.toString('latin1', from, available).search(NEXT_MESSAGE);
    if (nextMessage !== -1) {
      this.bodyLength = null;
      this.pending.consume(from + nextMessage);
      this.dropped += this.headerBytes + from + nextMessage;
      return true;
    }
    this.searched = available;
    if (pending.length < length) return false;
    if (this.dropped > 0) this.onDropped(this.dropped);
    this.dropped = 0;
    this.push(`Content-Length: ${length}\r\n\r\n`);
    // A copy: the queue's buffer is written over as it fills again.
    this.push(Buffer.from(pending.subarray(0, length)));
    this.pending.consume(length);
    this.bodyLength = null;
    return true;
  }

  /**
   * Drops the pending input up to the next header name after its first byte; with none, all of it
   * but the last bytes, where one may begin (and at least that first byte).
   */
  private discardToNextHeader(): void {
    const next = this.pending.view().toString('latin1', 1).search(HEADER_NAME);
    const bytes = next === -1 ? Math.max(1, this.pending.length - HEADER_START_BYTES) : 1 + next;
    this.pending.consume(bytes);
    this.dropped += bytes;
  }
}
