/**
 * HTTP/1.1 written by hand over a socket, for headers no well-behaved client
 * will send: undici refuses CR, LF and other control characters in a header
 * value before anything leaves the process.
 */
import net from 'node:net';

export interface RawResponse {
  status: number;
  /** Header lines as received, names lower-cased, values untouched. */
  headers: Array<[string, string]>;
  body: string;
}

/**
 * POSTs `body` to `url` with `headerBlock` (lines joined by CRLF, exactly as
 * given) and reads the whole answer; the connection is closed after it.
 */
export function rawPost(
  url: string,
  headerBlock: Buffer,
  body: string,
): Promise<RawResponse> {
  const { hostname, port, pathname } = new URL(url);
  const payload = Buffer.from(body);
  const head = Buffer.concat([
    Buffer.from(
      `POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n` +
        `connection: close\r\ncontent-type: application/json\r\n` +
        `content-length: ${payload.length}\r\n`,
    ),
    headerBlock,
    Buffer.from('\r\n\r\n'),
  ]);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(Buffer.concat([head, payload]));
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('timed out')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parse(Buffer.concat(chunks))));
  });
}

function parse(raw: Buffer): RawResponse {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
  });
  const status = Number(statusLine.split(' ')[1] ?? 0);
  const chunked = headers.some(
    ([name, value]) => name === 'transfer-encoding' && value === 'chunked',
  );
  const rest = raw.subarray(split + 4);
  return {
    status,
    headers,
    body: (chunked ? dechunk(rest) : rest).toString('utf8'),
  };
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
