/** REST and GraphQL are two doors to the same operations: they must tell the same story. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createUser, organisationWithRoles, unique } from "./helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("reads the same organisation, members and activity through both", async () => {
  const { organisation, owner } = await organisationWithRoles(t);
  await t.rest("PUT", `/api/organisations/${organisation.id}`, { token: owner.token, body: { name: "Agreed" } });

  const rest = {
    organisation: (await t.rest("GET", `/api/organisations/${organisation.id}`, { token: owner.token })).body,
    members: (await t.rest("GET", `/api/organisations/${organisation.id}/users`, { token: owner.token })).body,
    activity: (await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: owner.token })).body,
  };
  const { data } = await t.gql(
    `query ($id: ID!) { organisation(id: $id) {
      id name handle ownerId portalTier avatarUrl createdAt updatedAt viewerRole memberCount
      members { nodes { role joinedAt user { id email } } }
      activity { nodes { id action metadata targetType targetId createdAt actor { id } } }
    } }`,
    { id: organisation.id },
    owner.token,
  );
  const gql = data.organisation;

  expect({
    id: gql.id,
    name: gql.name,
    handle: gql.handle,
    ownerId: gql.ownerId,
    portalTier: gql.portalTier.toLowerCase(),
    avatarUrl: gql.avatarUrl,
    createdAt: gql.createdAt,
    updatedAt: gql.updatedAt,
    orgRole: gql.viewerRole.toLowerCase(),
    memberCount: gql.memberCount,
  }).toEqual(rest.organisation);
  expect(
    gql.members.nodes.map((m: any) => ({ userId: m.user.id, email: m.user.email, orgRole: m.role.toLowerCase(), joinedAt: m.joinedAt })),
  ).toEqual(rest.members.map(({ userId, email, orgRole, joinedAt }: any) => ({ userId, email, orgRole, joinedAt })));
  expect(gql.activity.nodes.map((e: any) => ({ ...e, actorId: e.actor?.id ?? null, actor: undefined }))).toEqual(
    rest.activity.items.map(({ ip: _ip, ...entry }: any) => ({ ...entry, actor: undefined })),
  );
});

it("gives the same error codes for the same failures", async () => {
  const ann = await createUser(t);
  const handle = unique("same");
  await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: "First", handle } });
  const cases = [
    { name: "Again", handle },
    { name: "Bad", handle: "-bad-" },
    { name: "", handle: unique("empty-name") },
  ];
  for (const input of cases) {
    const rest = await t.rest("POST", "/api/organisations", { token: ann.token, body: input });
    const gql = await t.gql(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { userErrors { code message field } } }`,
      { input },
      ann.token,
    );
    const [userError] = gql.data.createOrganisation.userErrors;
    expect(userError.code).toBe(rest.body.code);
    expect(userError.message).toBe(rest.body.error);
  }
});
