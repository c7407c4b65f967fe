import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/**
 * What a browser sees at /graphql. With introspection on, Apollo Sandbox
 * embedded (the browser loads it from Apollo's CDN; the server fetches
 * nothing). With it off, a small page of our own that says where to explore
 * instead, since a subgraph that does not describe itself is explored
 * through the supergraph. Apollo's production page was not used: it is a
 * script from Apollo's CDN that says little about this service.
 */
export function landingPagePlugin(introspection: boolean): ApolloServerPlugin {
  if (introspection) {
    return ApolloServerPluginLandingPageLocalDefault({
      embed: true,
      includeCookies: false,
    });
  }
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PRODUCTION_PAGE };
        },
      };
    },
  };
}

const PRODUCTION_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>profile-graph</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>profile-graph</h1>
<p>A GraphQL federation subgraph over SAP Concur's Profile API. It answers
GraphQL over HTTP POST at this address; introspection is off here.</p>
<p>To explore the graph, use your supergraph: the router's endpoint, or the
graph in Apollo Studio (Explorer), where this subgraph's schema is composed
with the others.</p>
<p>Operators: <code>/health/live</code>, <code>/health/ready</code>,
<code>/metrics</code>.</p>
</body>
</html>
`;
