/**
 * The data centers the connector may talk to, and the only hosts that ever
 * see a caller's token. A redirect or a token `iss` is matched against this
 * table by origin (scheme, host and port), never by a looser rule.
 */

/** Production Profile API hosts (reference section 1). */
export const PRODUCTION_DATA_CENTERS: Readonly<Record<string, string>> = {
  US: 'https://us.api.concursolutions.com',
  EMEA: 'https://emea.api.concursolutions.com',
  CN: 'https://cn.api.concurcdc.cn',
};

export const PRODUCTION_DEFAULT_DATA_CENTER = 'US';

export interface DataCenter {
  name: string;
  /** The base URL as configured, without a trailing slash. */
  baseUrl: string;
  /** `scheme://host:port` as the WHATWG URL parser spells it. */
  origin: string;
  /** Path prefix of the base URL ('' for a bare host). */
  basePath: string;
}

export class DataCenterTable {
  readonly defaultDataCenter: string;
  readonly #byName = new Map<string, DataCenter>();
  readonly #byOrigin = new Map<string, DataCenter>();

  /**
   * @param entries name -> base URL, for example `{ US: 'https://…' }`.
   * @param defaultDataCenter the name tried when nothing better is known.
   * @throws TypeError naming the bad entry.
   */
  constructor(
    entries: Readonly<Record<string, string>>,
    defaultDataCenter: string,
  ) {
    for (const [name, raw] of Object.entries(entries)) {
      const dc = parseDataCenter(name, raw);
      if (this.#byOrigin.has(dc.origin)) {
        throw new TypeError(
          `dataCenters.${name}: origin ${dc.origin} is already used by another data center`,
        );
      }
      this.#byName.set(name, dc);
      this.#byOrigin.set(dc.origin, dc);
    }
    if (this.#byName.size === 0) {
      throw new TypeError('dataCenters: at least one data center is required');
    }
    if (!this.#byName.has(defaultDataCenter)) {
      throw new TypeError(
        `defaultDataCenter: ${JSON.stringify(defaultDataCenter)} is not in dataCenters (${this.names().join(', ')})`,
      );
    }
    this.defaultDataCenter = defaultDataCenter;
  }

  names(): string[] {
    return [...this.#byName.keys()];
  }

  get(name: string): DataCenter | undefined {
    return this.#byName.get(name);
  }

  /** The data center serving `url`'s origin, if any; never a prefix match. */
  byOrigin(url: string | URL): DataCenter | undefined {
    try {
      return this.#byOrigin.get(new URL(url).origin);
    } catch {
      return undefined;
    }
  }

  /**
   * A data center named by a caller: its exact name, its name in another
   * case, or a URL on its origin (a token `iss` or `geolocation`).
   */
  resolve(nameOrUrl: string | undefined): DataCenter | undefined {
    if (nameOrUrl === undefined || nameOrUrl === '') return undefined;
    const exact = this.#byName.get(nameOrUrl);
    if (exact !== undefined) return exact;
    const wanted = nameOrUrl.toUpperCase();
    for (const dc of this.#byName.values()) {
      if (dc.name.toUpperCase() === wanted) return dc;
    }
    return nameOrUrl.includes('://') ? this.byOrigin(nameOrUrl) : undefined;
  }
}

function parseDataCenter(name: string, raw: string): DataCenter {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(
      `dataCenters.${name}: ${JSON.stringify(raw)} is not an absolute URL`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(
      `dataCenters.${name}: ${JSON.stringify(raw)} must be http or https`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new TypeError(
      `dataCenters.${name}: ${JSON.stringify(raw)} must not carry credentials, a query or a fragment`,
    );
  }
  const basePath = url.pathname.replace(/\/+$/, '');
  return { name, baseUrl: url.origin + basePath, origin: url.origin, basePath };
}
