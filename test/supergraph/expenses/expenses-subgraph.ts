/**
 * The example expenses subgraph of another team, running for real: Apollo
 * Server standalone on a free loopback port, with expenses seeded from the
 * emulator's users so that the supergraph can join them with profile-graph.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { EmulatorUser } from '../../../src/emulator/index.js';

export interface Expense {
  id: string;
  amount: number;
  currency: string;
  userId: string;
  companyId: string;
}

export interface RunningExpenses {
  url: string;
  sdl: string;
  close(): Promise<void>;
}

const SDL = readFileSync(new URL('expenses.graphql', import.meta.url), 'utf8');

/** One expense per user, in order, with ids `exp-0001`, `exp-0002`, ... */
export function seedExpenses(users: readonly EmulatorUser[]): Expense[] {
  return users.map((user, index) => ({
    id: `exp-${String(index + 1).padStart(4, '0')}`,
    amount: 10 + ((index * 37) % 500) + 0.5,
    currency: 'USD',
    userId: user.id,
    companyId: user.companyId,
  }));
}

export async function startExpensesSubgraph(
  expenses: readonly Expense[],
): Promise<RunningExpenses> {
  const byId = new Map(expenses.map((expense) => [expense.id, expense]));
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: {
        expenses: (_: unknown, args: { first: number }) =>
          expenses.slice(0, args.first),
        expense: (_: unknown, args: { id: string }) => byId.get(args.id),
      },
      Expense: {
        __resolveReference: (ref: { id: string }) => byId.get(ref.id),
        user: (expense: Expense) => ({ id: expense.userId }),
        company: (expense: Expense) => ({ id: expense.companyId }),
      },
    },
  });
  const server = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
  });
  return { url, sdl: SDL, close: () => server.stop() };
}
