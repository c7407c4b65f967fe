import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';

/**
 * What a browser sees at /graphql. With introspection on, Apollo Sandbox
 * embedded (loaded by the browser from Apollo's CDN; the server itself
 * fetches nothing). With it off, Apollo's production page, which points to
 * Studio and the supergraph's router: the place to explore a subgraph that
 * does not describe itself.
 */
export function landingPagePlugin(introspection: boolean): ApolloServerPlugin {
  if (introspection) {
    return ApolloServerPluginLandingPageLocalDefault({
      embed: true,
      includeCookies: false,
    });
  }
  return ApolloServerPluginLandingPageProductionDefault({ footer: false });
}
