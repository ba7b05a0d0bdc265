import { describe, expect, it } from '@jest/globals';
import { ByteQueue } from '../../src/lsp/byte-queue.js';
import { MessageFraming } from '../../src/lsp/message-framing.js';

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const FIRST = '{"jsonrpc":"2.0","id":1,"method":"a"}';
const SECOND = '{"jsonrpc":"2.0","id":2,"method":"é"}';

/** What the framing passes on for `chunks`, and the drops it reports. */
async function reframe(chunks: ReadonlyArray<string | Buffer>): Promise<{ output: string; dropped: number[] }> {
  const dropped: number[] = [];
  const framing = new MessageFraming((bytes) => dropped.push(bytes));
  const output: Buffer[] = [];
  framing.on('data', (chunk: Buffer) => output.push(Buffer.from(chunk)));
  const ended = new Promise((resolve) => framing.on('end', resolve));
  for (const chunk of chunks) framing.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  framing.end();
  await ended;
  return { output: Buffer.concat(output).toString(), dropped };
}

describe('MessageFraming', () => {
  it('passes well-framed messages on, however the input is cut, with Content-Length the only header', async () => {
    const input = Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n${frame(FIRST)}${frame(SECOND)}`);
    const byteByByte = [...input].map((byte) => Buffer.from([byte]));
    expect(await reframe(byteByByte)).toEqual({ output: frame(FIRST) + frame(SECOND), dropped: [] });
  });

  it.each([
    ['a Content-Length that is no number', 'Content-Length: abc\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: text/plain\r\n\r\n{}'],
    ['bytes that are no header at all', 'garbage'],
  ])('drops %s up to the next message, and says so once', async (_name, badly) => {
    expect(await reframe([frame(FIRST), badly, frame(SECOND)])).toEqual({
      output: frame(FIRST) + frame(SECOND),
      dropped: [Buffer.byteLength(badly)],
    });
  });

  it('cuts a body whose length runs into the next message, without waiting for the rest of it', async () => {
    const badly = 'Content-Length: 4000\r\n\r\n{}';
    const { output, dropped } = await reframe([badly + frame(SECOND)]);
    expect({ output, dropped }).toEqual({ output: frame(SECOND), dropped: [badly.length] });
  });

  it('passes a body that is not JSON on, for the JSON-RPC reader to answer', async () => {
    expect(await reframe([frame('{oops'), frame(FIRST)])).toEqual({ output: frame('{oops') + frame(FIRST), dropped: [] });
  });

  it('drops a long run of input with no header, keeping what may start one', async () => {
    const noise = 'x'.repeat(20_000);
    expect(await reframe([noise, `${noise}Content-`, `Length: ${FIRST.length}\r\n\r\n${FIRST}`])).toEqual({
      output: frame(FIRST),
      dropped: [40_000],
    });
  });

  it('passes a 20 MB message in 64 KB chunks intact', async () => {
    const body = `{"text":"${'a'.repeat(20 * 2 ** 20)}"}`;
    const input = Buffer.from(frame(body));
    const chunks = Array.from({ length: Math.ceil(input.length / 65_536) }, (_, index) => input.subarray(index * 65_536, (index + 1) * 65_536));
    const { output, dropped } = await reframe(chunks);
    expect([output.length, output === frame(body), dropped]).toEqual([input.length, true, []]);
  });
});

describe('ByteQueue', () => {
  it('keeps the bytes appended, less those consumed, as it grows and compacts', () => {
    const queue = new ByteQueue();
    let expected = '';
    for (let round = 0; round < 50; round++) {
      const chunk = String(round).repeat(round + 1);
      queue.append(Buffer.from(chunk));
      expected += chunk;
      const consumed = Math.floor(expected.length / 3);
      queue.consume(consumed);
      expected = expected.slice(consumed);
      expect([queue.length, queue.view().toString()]).toEqual([expected.length, expected]);
    }
  });
});
