/** The query the bench asks GraphQL for; bench/floor.ts answers the same question by hand. */

/** The organisation page: what the panel shows when a member opens an organisation. */
export const PAGE_QUERY = `query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id name handle portalTier avatarUrl createdAt viewerRole memberCount
    owner { id email firstName lastName }
    members(first: 50) { pageInfo { hasNextPage } nodes { id role joinedAt user { id email firstName lastName } } }
    activity(first: 20) {
      pageInfo { hasNextPage }
      nodes { id action targetType targetId metadata ip createdAt actor { id email } }
    }
  }
}`;

/**
 * The same page over REST: three calls under /api/organisations/:id, one after another, asking for the
 * page sizes the query asks for (REST's member list would otherwise send up to 100 members, the query 50).
 */
export const REST_PAGE_CALLS = ["", "/users?limit=50", "/activity?limit=20"] as const;
