import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import {
  assignNodeToOrganisation,
  canSeeNodeInternals,
  createNode,
  deleteNode,
  listNodes,
  listOrganisationNodes,
  unassignNode,
  updateNode,
} from "./service.ts";
import { nodeLoaders } from "./loaders.ts";
import { organisationLoaders } from "../organisations/loaders.ts";

export const nodeResolvers: Resolvers = {
  Query: {
    nodes: (_parent, _args, ctx) => listNodes(ctx),
  },
  Mutation: {
    createNode: (_parent, { input }, ctx) => mutationPayload(async () => ({ node: await createNode(ctx, input) })),
    updateNode: (_parent, { input }, ctx) => mutationPayload(async () => ({ node: await updateNode(ctx, input) })),
    deleteNode: (_parent, { input }, ctx) => mutationPayload(async () => ({ deletedNodeId: await deleteNode(ctx, input.id) })),
    // The organisation's `nodes` change with the node: it comes back too.
    assignNodeToOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const node = await assignNodeToOrganisation(ctx, { id: input.nodeId, organisationId: input.organisationId });
        return { node, organisation: await organisationLoaders(ctx).byId.load(node.dedicatedOrganisationId!) };
      }),
    unassignNode: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { node, organisationId } = await unassignNode(ctx, input.nodeId);
        return { node, organisation: organisationId ? await organisationLoaders(ctx).byId.load(organisationId) : null };
      }),
  },
  Organisation: {
    nodes: (organisation, _args, ctx) => listOrganisationNodes(ctx, organisation.id),
  },
  ServerNode: {
    serverCount: (node, _args, ctx) => nodeLoaders(ctx).serverCount.load(node.id),
    dedicated: (node) => node.dedicatedOrganisationId !== null,
    dedicatedOrganisation: (node, _args, ctx) =>
      node.dedicatedOrganisationId ? organisationLoaders(ctx).byId.load(node.dedicatedOrganisationId) : null,
    fqdn: (node, _args, ctx) => (canSeeNodeInternals(ctx) ? node.fqdn : null),
  },
};
