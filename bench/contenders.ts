/** Who is measured: this subgraph in both modes and the two baselines. */

export type ContenderId = 'fanout' | 'bulk' | 'naive' | 'dsrest';

export interface Contender {
  id: ContenderId;
  label: string;
  /** Under `bench/`; the subgraph runs from its build (`dist/main.js`). */
  script: string;
  /** Value of UPSTREAM_BULK_LOOKUP; only the subgraph reads it. */
  bulk: boolean;
  /** Baselines reach each resource's home data center by an oracle. */
  baseline: boolean;
}

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'fanout',
    label: 'subgraph fan-out',
    script: '../dist/main.js',
    bulk: false,
    baseline: false,
  },
  {
    id: 'bulk',
    label: 'subgraph SCIM bulk',
    script: '../dist/main.js',
    bulk: true,
    baseline: false,
  },
  {
    id: 'naive',
    label: 'naive Apollo*',
    script: 'contenders/naive.ts',
    bulk: false,
    baseline: true,
  },
  {
    id: 'dsrest',
    label: 'datasource-rest*',
    script: 'contenders/datasource-rest.ts',
    bulk: false,
    baseline: true,
  },
];
