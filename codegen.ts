import type { CodegenConfig } from "@graphql-codegen/cli";

/** `npm run codegen`: resolver typings from schema/*.graphql, with the database rows as parent types. */
const config: CodegenConfig = {
  schema: "schema/*.graphql",
  generates: {
    "src/graphql/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: "../../context.ts#RequestContext",
        mapperTypeSuffix: "Model",
        mappers: {
          User: "../models.ts#User",
          Viewer: "../models.ts#Viewer",
          Organisation: "../models.ts#Organisation",
          Membership: "../models.ts#Membership",
          MembershipConnection: "../models.ts#MembershipConnection",
          ActivityEntry: "../models.ts#ActivityEntry",
          ActivityConnection: "../models.ts#ActivityConnection",
          PortalTierInfo: "../models.ts#PortalTierInfo",
          Invite: "../models.ts#Invite",
          InviteConnection: "../models.ts#InviteConnection",
          InvitingOrganisation: "../models.ts#InvitingOrganisation",
          InviteDelivery: "../models.ts#InviteDelivery",
          MailboxMessage: "../models.ts#MailboxMessage",
          MailboxConnection: "../models.ts#MailboxConnection",
          ServerNode: "../models.ts#ServerNode",
          Server: "../models.ts#Server",
          ServerConnection: "../models.ts#ServerConnection",
          OrganisationUsage: "../models.ts#OrganisationUsage",
          TunnelDevice: "../models.ts#TunnelDevice",
          TunnelDeviceConnection: "../models.ts#TunnelDeviceConnection",
        },
        enumValues: {
          PlatformRole: "../models.ts#PlatformRoleEnum",
          OrgRole: "../models.ts#OrgRoleEnum",
          PortalTier: "../models.ts#PortalTierEnum",
          InviteStatus: "../models.ts#InviteStatusEnum",
          MailDeliveryStatus: "../models.ts#MailDeliveryStatusEnum",
        },
        scalars: { DateTime: "Date", JSON: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
