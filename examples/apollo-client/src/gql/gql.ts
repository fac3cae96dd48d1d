/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganisationHeader on Organisation {\n    id\n    name\n    handle\n    memberCount\n    portalTier\n    viewerRole\n    avatarUrl\n  }\n": typeof types.OrganisationHeaderFragmentDoc,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      email\n      firstName\n      lastName\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  fragment ActivityItem on ActivityEntry {\n    id\n    action\n    createdAt\n    metadata\n    actor {\n      id\n      email\n    }\n  }\n": typeof types.ActivityItemFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query MyOrganisations {\n    viewer {\n      id\n      email\n      organisations {\n        ...OrganisationHeader\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationHeader\n      members(first: 50) {\n        totalCount\n        nodes {\n          ...MemberRow\n        }\n      }\n      activity(first: 20) {\n        nodes {\n          ...ActivityItem\n        }\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  mutation RenameOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationHeader\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RenameOrganisationDocument,
    "\n  subscription ActivityFeed($organisationId: ID!) {\n    activityAdded(organisationId: $organisationId) {\n      ...ActivityItem\n    }\n  }\n": typeof types.ActivityFeedDocument,
    "\n  subscription OrganisationLive($id: ID!) {\n    organisationUpdated(id: $id) {\n      ...OrganisationHeader\n    }\n  }\n": typeof types.OrganisationLiveDocument,
};
const documents: Documents = {
    "\n  fragment OrganisationHeader on Organisation {\n    id\n    name\n    handle\n    memberCount\n    portalTier\n    viewerRole\n    avatarUrl\n  }\n": types.OrganisationHeaderFragmentDoc,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      email\n      firstName\n      lastName\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  fragment ActivityItem on ActivityEntry {\n    id\n    action\n    createdAt\n    metadata\n    actor {\n      id\n      email\n    }\n  }\n": types.ActivityItemFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query MyOrganisations {\n    viewer {\n      id\n      email\n      organisations {\n        ...OrganisationHeader\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationHeader\n      members(first: 50) {\n        totalCount\n        nodes {\n          ...MemberRow\n        }\n      }\n      activity(first: 20) {\n        nodes {\n          ...ActivityItem\n        }\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  mutation RenameOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationHeader\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RenameOrganisationDocument,
    "\n  subscription ActivityFeed($organisationId: ID!) {\n    activityAdded(organisationId: $organisationId) {\n      ...ActivityItem\n    }\n  }\n": types.ActivityFeedDocument,
    "\n  subscription OrganisationLive($id: ID!) {\n    organisationUpdated(id: $id) {\n      ...OrganisationHeader\n    }\n  }\n": types.OrganisationLiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationHeader on Organisation {\n    id\n    name\n    handle\n    memberCount\n    portalTier\n    viewerRole\n    avatarUrl\n  }\n"): (typeof documents)["\n  fragment OrganisationHeader on Organisation {\n    id\n    name\n    handle\n    memberCount\n    portalTier\n    viewerRole\n    avatarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      email\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      email\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItem on ActivityEntry {\n    id\n    action\n    createdAt\n    metadata\n    actor {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityItem on ActivityEntry {\n    id\n    action\n    createdAt\n    metadata\n    actor {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    viewer {\n      id\n      email\n      organisations {\n        ...OrganisationHeader\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    viewer {\n      id\n      email\n      organisations {\n        ...OrganisationHeader\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationHeader\n      members(first: 50) {\n        totalCount\n        nodes {\n          ...MemberRow\n        }\n      }\n      activity(first: 20) {\n        nodes {\n          ...ActivityItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationHeader\n      members(first: 50) {\n        totalCount\n        nodes {\n          ...MemberRow\n        }\n      }\n      activity(first: 20) {\n        nodes {\n          ...ActivityItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationHeader\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationHeader\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivityFeed($organisationId: ID!) {\n    activityAdded(organisationId: $organisationId) {\n      ...ActivityItem\n    }\n  }\n"): (typeof documents)["\n  subscription ActivityFeed($organisationId: ID!) {\n    activityAdded(organisationId: $organisationId) {\n      ...ActivityItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganisationLive($id: ID!) {\n    organisationUpdated(id: $id) {\n      ...OrganisationHeader\n    }\n  }\n"): (typeof documents)["\n  subscription OrganisationLive($id: ID!) {\n    organisationUpdated(id: $id) {\n      ...OrganisationHeader\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;