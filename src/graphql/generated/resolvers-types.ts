import type { PlatformRoleEnum as PlatformRole } from '../models.ts';
import type { OrgRoleEnum as OrgRole } from '../models.ts';
import type { PortalTierEnum as PortalTier } from '../models.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel, Viewer as ViewerModel, Organisation as OrganisationModel, Membership as MembershipModel, MembershipConnection as MembershipConnectionModel, ActivityEntry as ActivityEntryModel, ActivityConnection as ActivityConnectionModel, PortalTierInfo as PortalTierInfoModel } from '../models.ts';
import type { RequestContext } from '../../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time with an offset, e.g. `2026-11-28T16:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** A JSON object. */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A page of an organisation's activity, newest first. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The entries with their cursors. */
  edges: Array<ActivityEdge>;
  /** The entries. */
  nodes: Array<ActivityEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in an ActivityConnection. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ActivityEntry;
};

/** Something that happened in an organisation: who did what to which thing, when. */
export type ActivityEntry = {
  __typename?: 'ActivityEntry';
  /** What happened, e.g. `organisation.created`, `member.removed`. */
  action: Scalars['String']['output'];
  /** Who did it; null when the account no longer exists. */
  actor?: Maybe<User>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The client address the change came from; shown to owners, admins and platform admins only. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Details of the change, e.g. `{ from, to }` for a rename. */
  metadata: Scalars['JSON']['output'];
  /** The id of the thing acted on. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** The kind of thing acted on, e.g. `organisation`, `user`, `server`. */
  targetType?: Maybe<Scalars['String']['output']>;
};

/** The result of `register` or `login`. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** The bearer token to send as `Authorization: Bearer <token>`. Shown once; only its hash is kept. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why it failed: `INVALID_INPUT`, `EMAIL_TAKEN`, `INVALID_CREDENTIALS`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
  /** The signed-in user; null when `userErrors` is not empty. */
  viewer?: Maybe<Viewer>;
};

/** Fields to create an organisation. */
export type CreateOrganisationInput = {
  /** Globally unique handle: 3 to 39 lowercase letters, digits and single hyphens, not starting or ending with a hyphen, not a reserved word. */
  handle: Scalars['String']['input'];
  /** Display name, 1 to 100 characters after trimming. */
  name: Scalars['String']['input'];
};

/** The result of `createOrganisation`. */
export type CreateOrganisationPayload = {
  __typename?: 'CreateOrganisationPayload';
  /** The new organisation; the viewer is its owner. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`, `HANDLE_TAKEN`. */
  userErrors: Array<UserError>;
};

/** Which organisation to delete. */
export type DeleteOrganisationInput = {
  /** The organisation to delete, with everything it owns. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteOrganisation`. */
export type DeleteOrganisationPayload = {
  __typename?: 'DeleteOrganisationPayload';
  /** The id of the organisation that was deleted. */
  deletedOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (none at present: access errors are GraphQL errors). */
  userErrors: Array<UserError>;
};

/** Credentials to sign in. */
export type LoginInput = {
  /** The account's email address. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True when the session's token has been revoked. */
  loggedOut: Scalars['Boolean']['output'];
  /** Always empty: logging out cannot fail once signed in. */
  userErrors: Array<UserError>;
};

/** One user's membership of an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** The membership's id. */
  id: Scalars['ID']['output'];
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Their role. */
  role: OrgRole;
  /** The member. */
  user: User;
};

/** A page of an organisation's members. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships with their cursors. */
  edges: Array<MembershipEdge>;
  /** The memberships. */
  nodes: Array<Membership>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many members there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a MembershipConnection. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an organisation on the free tier with the viewer as its owner. */
  createOrganisation: CreateOrganisationPayload;
  /** Deletes an organisation and everything it owns (owner or platform admin). */
  deleteOrganisation: DeleteOrganisationPayload;
  /** Signs in. Failed attempts are rate-limited per account and per client address. */
  login: AuthPayload;
  /** Revokes the token this request was made with. */
  logout: LogoutPayload;
  /** Creates an account and signs it in. */
  register: AuthPayload;
  /** Renames an organisation (owner or admin) or changes its tier (platform admin). */
  updateOrganisation: UpdateOrganisationPayload;
};


/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type MutationDeleteOrganisationArgs = {
  input: DeleteOrganisationInput;
};


/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** The write entry points. Every mutation returns a payload with `userErrors`. */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};

export { OrgRole };

/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type Organisation = {
  __typename?: 'Organisation';
  /** What happened here, newest first. */
  activity: ActivityConnection;
  /** URL of the avatar image, if one was uploaded. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its globally unique handle, e.g. `apex-gaming`. */
  handle: Scalars['String']['output'];
  /** The organisation's id. */
  id: Scalars['ID']['output'];
  /** How many members it has. */
  memberCount: Scalars['Int']['output'];
  /** Its members, in the order they joined. */
  members: MembershipConnection;
  /** Its display name. */
  name: Scalars['String']['output'];
  /** The owner. */
  owner: User;
  /** The id of the owner. */
  ownerId: Scalars['ID']['output'];
  /** The organisation's portal tier. */
  portalTier: PortalTier;
  /** What the portal tier allows. */
  portalTierInfo: PortalTierInfo;
  /** When its name or tier last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The viewer's role here; null for a platform admin who is not a member. */
  viewerRole?: Maybe<OrgRole>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationActivityArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of a connection ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

export { PlatformRole };

export { PortalTier };

/** What a portal tier allows. */
export type PortalTierInfo = {
  __typename?: 'PortalTierInfo';
  /** Its name as shown to people, e.g. `Pro Portal`. */
  displayName: Scalars['String']['output'];
  /** How many servers an organisation on this tier may have; null means unlimited. */
  maxServers?: Maybe<Scalars['Int']['output']>;
  /** The tier. */
  tier: PortalTier;
};

/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type Query = {
  __typename?: 'Query';
  /** True when the handle is well-formed, not reserved and not taken. */
  handleAvailable: Scalars['Boolean']['output'];
  /** An organisation the viewer belongs to (platform admins: any). Anyone else gets NOT_FOUND. */
  organisation: Organisation;
  /** Like `organisation`, by handle. */
  organisationByHandle: Organisation;
  /** Every portal tier with what it allows. */
  portalTiers: Array<PortalTierInfo>;
  /** The signed-in user, or null for an anonymous request. */
  viewer?: Maybe<Viewer>;
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryHandleAvailableArgs = {
  handle: Scalars['String']['input'];
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryOrganisationByHandleArgs = {
  handle: Scalars['String']['input'];
};

/** Fields to create an account. */
export type RegisterInput = {
  /** Email address; trimmed and compared case-insensitively. */
  email: Scalars['String']['input'];
  /** Given name (optional, up to 100 characters). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Family name (optional, up to 100 characters). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

/** Fields to change; leave out what stays the same. */
export type UpdateOrganisationInput = {
  /** The organisation to change. */
  id: Scalars['ID']['input'];
  /** A new name (owner or admin). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new portal tier (platform admins only). */
  portalTier?: InputMaybe<PortalTier>;
};

/** The result of `updateOrganisation`. */
export type UpdateOrganisationPayload = {
  __typename?: 'UpdateOrganisationPayload';
  /** The organisation as it now is. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`. */
  userErrors: Array<UserError>;
};

/** A person with an account, as other members of their organisations see them. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The email address they sign in with (lower-case). */
  email: Scalars['String']['output'];
  /** Given name, if they gave one. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** Family name, if they gave one. */
  lastName?: Maybe<Scalars['String']['output']>;
};

/**
 * An expected failure of a mutation: bad input, a conflict, a limit. The `code` is stable and is the same
 * `code` the REST API returns for the same failure.
 */
export type UserError = {
  __typename?: 'UserError';
  /** A stable machine-readable code, e.g. `INVALID_INPUT`, `HANDLE_TAKEN`, `RATE_LIMITED`. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** A sentence for a person. */
  message: Scalars['String']['output'];
  /** For `RATE_LIMITED`: how many seconds until a retry can succeed. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** The signed-in user: their own account and the things only they see. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The email address they sign in with. */
  email: Scalars['String']['output'];
  /** Whether the email address has been verified. */
  emailVerified: Scalars['Boolean']['output'];
  /** The viewer's user id. */
  id: Scalars['ID']['output'];
  /** The organisations the viewer belongs to, oldest membership first. */
  organisations: Array<Organisation>;
  /** Platform role: `USER`, or `ADMIN` for platform administrators. */
  platformRole: PlatformRole;
  /** The viewer as other people see them. */
  user: User;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionModel>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['ActivityEntry'] }>;
  ActivityEntry: ResolverTypeWrapper<ActivityEntryModel>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: ResolverTypeWrapper<Omit<CreateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteOrganisationInput: DeleteOrganisationInput;
  DeleteOrganisationPayload: ResolverTypeWrapper<DeleteOrganisationPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoginInput: LoginInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<MembershipConnectionModel>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgRole: OrgRole;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlatformRole: PlatformRole;
  PortalTier: PortalTier;
  PortalTierInfo: ResolverTypeWrapper<PortalTierInfoModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: ResolverTypeWrapper<Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityConnection: ActivityConnectionModel;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['ActivityEntry'] };
  ActivityEntry: ActivityEntryModel;
  AuthPayload: Omit<AuthPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  Boolean: Scalars['Boolean']['output'];
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: Omit<CreateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  DateTime: Scalars['DateTime']['output'];
  DeleteOrganisationInput: DeleteOrganisationInput;
  DeleteOrganisationPayload: DeleteOrganisationPayload;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LoginInput: LoginInput;
  LogoutPayload: LogoutPayload;
  Membership: MembershipModel;
  MembershipConnection: MembershipConnectionModel;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationModel;
  PageInfo: PageInfo;
  PortalTierInfo: PortalTierInfoModel;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  String: Scalars['String']['output'];
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  User: UserModel;
  UserError: UserError;
  Viewer: ViewerModel;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActivityEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEntry'], ParentType, ContextType>;
}>;

export type ActivityEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityEntry'] = ResolversParentTypes['ActivityEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type CreateOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOrganisationPayload'] = ResolversParentTypes['CreateOrganisationPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteOrganisationPayload'] = ResolversParentTypes['DeleteOrganisationPayload']> = ResolversObject<{
  deletedOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LogoutPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrgRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createOrganisation?: Resolver<ResolversTypes['CreateOrganisationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  deleteOrganisation?: Resolver<ResolversTypes['DeleteOrganisationPayload'], ParentType, ContextType, RequireFields<MutationDeleteOrganisationArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['UpdateOrganisationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
}>;

export type OrgRoleResolvers = EnumResolverSignature<{ ADMIN?: any, MEMBER?: any, OWNER?: any }, ResolversTypes['OrgRole']>;

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<OrganisationActivityArgs>>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<OrganisationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  portalTier?: Resolver<ResolversTypes['PortalTier'], ParentType, ContextType>;
  portalTierInfo?: Resolver<ResolversTypes['PortalTierInfo'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['OrgRole']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlatformRoleResolvers = EnumResolverSignature<{ ADMIN?: any, USER?: any }, ResolversTypes['PlatformRole']>;

export type PortalTierResolvers = EnumResolverSignature<{ EDUCATIONAL?: any, ENTERPRISE?: any, FREE?: any, PAID?: any }, ResolversTypes['PortalTier']>;

export type PortalTierInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PortalTierInfo'] = ResolversParentTypes['PortalTierInfo']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxServers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PortalTier'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  handleAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryHandleAvailableArgs, 'handle'>>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationByHandle?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationByHandleArgs, 'handle'>>;
  portalTiers?: Resolver<Array<ResolversTypes['PortalTierInfo']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type UpdateOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateOrganisationPayload'] = ResolversParentTypes['UpdateOrganisationPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  platformRole?: Resolver<ResolversTypes['PlatformRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityEntry?: ActivityEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreateOrganisationPayload?: CreateOrganisationPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteOrganisationPayload?: DeleteOrganisationPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrgRole?: OrgRoleResolvers;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformRole?: PlatformRoleResolvers;
  PortalTier?: PortalTierResolvers;
  PortalTierInfo?: PortalTierInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UpdateOrganisationPayload?: UpdateOrganisationPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
}>;
