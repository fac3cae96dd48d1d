/**
 * The operations and fragments this page uses. `npm run codegen` turns each into a typed document in
 * src/gql/ (the client preset), so results, variables and fragments are typed from schema.graphql.
 */
import { graphql } from "./gql/index.ts";

/** What the page shows of an organisation: its id lets Apollo's cache merge every answer about it. */
export const OrganisationHeader = graphql(`
  fragment OrganisationHeader on Organisation {
    id
    name
    handle
    memberCount
    portalTier
    viewerRole
    avatarUrl
  }
`);

export const MemberRow = graphql(`
  fragment MemberRow on Membership {
    id
    role
    joinedAt
    user {
      id
      email
      firstName
      lastName
    }
  }
`);

export const ActivityItem = graphql(`
  fragment ActivityItem on ActivityEntry {
    id
    action
    createdAt
    metadata
    actor {
      id
      email
    }
  }
`);

export const SignIn = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      viewer {
        id
        email
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const MyOrganisations = graphql(`
  query MyOrganisations {
    viewer {
      id
      email
      organisations {
        ...OrganisationHeader
      }
    }
  }
`);

export const OrganisationPage = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      ...OrganisationHeader
      members(first: 50) {
        totalCount
        nodes {
          ...MemberRow
        }
      }
      activity(first: 20) {
        nodes {
          ...ActivityItem
        }
      }
    }
  }
`);

/** Returns the organisation as it now is: the cache updates every view of it, with no refetch. */
export const RenameOrganisation = graphql(`
  mutation RenameOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        ...OrganisationHeader
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ActivityFeed = graphql(`
  subscription ActivityFeed($organisationId: ID!) {
    activityAdded(organisationId: $organisationId) {
      ...ActivityItem
    }
  }
`);

/** Each change to the organisation's own fields (a rename elsewhere, its member count) lands in the cache by id. */
export const OrganisationLive = graphql(`
  subscription OrganisationLive($id: ID!) {
    organisationUpdated(id: $id) {
      ...OrganisationHeader
    }
  }
`);
