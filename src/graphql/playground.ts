/** GraphiQL, served by Guildhall itself (no CDN), rendered once. */
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

const EXAMPLE_QUERY = `# Sign in with the login mutation, then put the token in the Headers tab:
#   { "Authorization": "Bearer <token>" }
query MyOrganisations {
  viewer {
    email
    organisations {
      id
      name
      handle
      portalTier
      viewerRole
      memberCount
    }
  }
  portalTiers { tier displayName maxServers }
}
`;

export const playgroundHtml = renderGraphiQL({
  title: "Guildhall GraphQL",
  endpoint: "/graphql",
  defaultQuery: EXAMPLE_QUERY,
});

/** A browser asking for a page (GET with text/html first in Accept) gets the playground. */
export function wantsPlayground(accept: string | undefined): boolean {
  return /^\s*text\/html/i.test(accept ?? "");
}
