/** The weight admission control gives an operation. */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateResources } from '../../src/graph/lookup-budget.js';

const weigh = (query: string, variables?: Record<string, unknown>) =>
  estimateResources(parse(query), undefined, variables);

describe('estimateResources', () => {
  it('counts one for an operation that names nothing', () => {
    expect(weigh('{ me { __typename } }')).toBe(1);
  });

  it('adds the ids named, inline or in variables, and every page size asked', () => {
    expect(weigh('{ users(ids: ["a", "b"]) { id } }')).toBe(3);
    expect(
      weigh(
        'query ($r: [_Any!]!, $n: Int) { _entities(representations: $r) { __typename } company(id: "c") { users(first: $n) { totalCount } } }',
        { r: [{}, {}, {}], n: 100 },
      ),
    ).toBe(104);
  });

  it('counts a field once per appearance, through fragments', () => {
    expect(
      weigh(
        '{ a: company(id: "c") { ...U } b: company(id: "d") { ...U } } fragment U on Company { users(first: 10) { totalCount } }',
      ),
    ).toBe(21);
  });

  it('reads a variable left out of the request from its declared default', () => {
    expect(
      weigh(
        'query ($ids: [ID!]! = ["a", "b", "c"], $n: Int = 50) { users(ids: $ids) { id } company(id: "c") { users(first: $n) { totalCount } } }',
      ),
    ).toBe(54);
    expect(
      weigh(
        'query ($ids: [ID!]! = ["a", "b", "c"]) { users(ids: $ids) { id } }',
        {
          ids: ['a'],
        },
      ),
    ).toBe(2);
  });

  it('ignores a page size that is not a positive whole number', () => {
    expect(
      weigh(
        'query ($n: Int) { company(id: "c") { users(first: $n) { totalCount } } }',
        {
          n: -5,
        },
      ),
    ).toBe(1);
  });
});
