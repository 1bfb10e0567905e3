// The GraphQL client: every request to /graphql carries the session's token; an UNAUTHENTICATED
// answer while signed in (expired or revoked token) ends the session through the registered handler.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { readSession } from '../auth/session';

let onUnauthenticated: () => void = () => undefined;

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

const auth = new ApolloLink((operation, forward) => {
  const session = readSession();
  if (session) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${session.token}` },
    }));
  }
  return forward(operation);
});

const expired = onError(({ graphQLErrors }) => {
  if (readSession() && graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
});

export const client = new ApolloClient({
  link: from([expired, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: { fields: { suppliers: relayStylePagination(['filter']) } },
      ScoreBreakdown: { keyFields: false },
      SupplierMatch: { keyFields: false },
    },
  }),
});
