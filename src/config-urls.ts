/**
 * URL-shaped settings, checked so a refusal never repeats what it refuses:
 * a URL may carry a password or an API key, and the start message is read
 * in CI logs and pod events.
 */
import { makeValidator } from 'envalid';

function parsed(input: string): URL | undefined {
  try {
    return new URL(input);
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with `input` as an http(s) URL, in words that do not quote
 * it; undefined when nothing is.
 */
function urlProblem(input: string, allowQuery: boolean): string | undefined {
  const url = parsed(input);
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    return 'expected an http:// or https:// URL';
  }
  if (url.username || url.password) {
    return 'a user name or password in the URL is refused (it would be logged with the URL); remove the part before "@"';
  }
  if (!allowQuery && (url.search || url.hash)) {
    return 'a query string or fragment in the URL is refused (it may hold a key, and would be logged); remove the part from "?" or "#"';
  }
  return undefined;
}

/** An http(s) URL with no user name or password in it. */
export const httpUrl = makeValidator<string>((input) => {
  const problem = urlProblem(input, true);
  if (problem) throw new Error(problem);
  return input;
});

/** `NAME=URL,NAME=URL`, for example `US=https://us.example,EMEA=https://…`. */
export const dataCenterTable = makeValidator<Record<string, string>>(
  (input) => {
    const table: Record<string, string> = {};
    const origins = new Map<string, string>();
    const entries = input.split(',').map((part) => part.trim());
    entries.forEach((entry, index) => {
      const match = /^([A-Za-z0-9_-]+)=(\S+)$/.exec(entry);
      if (!match) {
        throw new Error(
          `expected NAME=URL pairs; entry ${index + 1} is not one`,
        );
      }
      const [, name, url] = match as unknown as [string, string, string];
      const problem = urlProblem(url, false);
      if (problem) throw new Error(`${name}: ${problem}`);
      if (table[name] !== undefined) throw new Error(`${name} is named twice`);
      const origin = new URL(url).origin;
      const other = origins.get(origin);
      if (other) {
        throw new Error(`${other} and ${name} have the same host and port`);
      }
      origins.set(origin, name);
      table[name] = url;
    });
    return table;
  },
);

/**
 * Browser origins, as a browser sends them in `Origin`: scheme, host and
 * port only, host in lower case. Anything else would never match one.
 */
export const originList = makeValidator<string[]>((input) => {
  const list = input
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return list.map((entry, index) => {
    if (entry === '*') {
      throw new Error(
        '"*" is not accepted: list each allowed origin, e.g. https://app.example.com,http://localhost:5173',
      );
    }
    const url = /^https?:\/\/[^/?#@\s]+$/i.test(entry)
      ? parsed(entry)
      : undefined;
    if (!url) {
      throw new Error(
        `entry ${index + 1} is not an origin: write scheme://host[:port] with no path or trailing slash, e.g. http://localhost:5173`,
      );
    }
    return url.origin;
  });
});

/**
 * A Redis URL. Unlike the http settings it may carry a password: that is
 * how a Redis client is given one, and the URL is never logged.
 */
export const redisUrl = makeValidator<string>((input) => {
  const url = parsed(input);
  if (!url || !['redis:', 'rediss:'].includes(url.protocol)) {
    throw new Error('expected a redis:// or rediss:// URL');
  }
  return input;
});
