/**
 * Apollo Client for Guildhall: queries and mutations over HTTP with the bearer token, subscriptions over
 * a WebSocket (graphql-ws) that signs in with the same token in its connection parameters.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient, type Client } from "graphql-ws";

export type GuildhallClient = { apollo: ApolloClient; socket: Client };

export function createGuildhallClient(apiBase: string, token: () => string | null): GuildhallClient {
  const withToken = new ApolloLink((operation, forward) => {
    const current = token();
    if (current) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${current}` } }));
    return forward(operation);
  });
  const http = new HttpLink({ uri: `${apiBase}/graphql` });
  const socket = createClient({
    url: `${apiBase.replace(/^http/, "ws")}/graphql`,
    // Read when the socket opens (on the first subscription), so it carries the token signed in with.
    connectionParams: () => ({ authorization: `Bearer ${token()}` }),
    lazy: true,
  });
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === "OperationDefinition" && definition.operation === "subscription";
  };
  const apollo = new ApolloClient({
    link: ApolloLink.split(isSubscription, new GraphQLWsLink(socket), withToken.concat(http)),
    cache: new InMemoryCache({
      // Guildhall's types without an `id` say what identifies them (see their descriptions in schema.graphql).
      typePolicies: {
        PortalTierInfo: { keyFields: ["tier"] },
        FeatureFlag: { keyFields: ["name"] },
      },
    }),
  });
  return { apollo, socket };
}
