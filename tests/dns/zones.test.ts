/**
 * DNS zones: an organisation's owners and admins create and delete them, its members read them, and a name
 * belongs to one zone in all of Guildhall, never inside or above another zone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { createRecord, createZone, zoneName, zonesPath } from "./dns-helpers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DNS_WRITES_PER_MINUTE: "10000", DNS_NAMESERVERS: "ns1.dns.example.org,ns2.dns.example.org" });
});
afterAll(() => t.close());

const post = (token: string, organisationId: string, name: unknown) => t.rest("POST", zonesPath(organisationId), { token, body: { name } });

describe("creating a zone", () => {
  it("stores the name in canonical form and shows it both ways, with serial 1 and Guildhall's nameservers", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const label = unique("shop");
    const created = await post(owner.token, organisation.id, `  ${label.toUpperCase()}.Example.COM. `);
    expect(created).toMatchObject({
      status: 201,
      body: {
        organisationId: organisation.id,
        name: `${label}.example.com`,
        unicodeName: `${label}.example.com`,
        serial: 1,
        nameservers: ["ns1.dns.example.org", "ns2.dns.example.org"],
        createdById: owner.user.id,
      },
    });

    const idn = await post(owner.token, organisation.id, `Bücher-${label}.example`);
    expect(idn.status).toBe(201);
    expect(idn.body.name).toMatch(/^xn--bcher-.*\.example$/);
    expect(idn.body.unicodeName).toBe(`bücher-${label}.example`);

    const read = await t.rest("GET", `${zonesPath(organisation.id)}/${created.body.id}`, { token: owner.token });
    expect(read).toMatchObject({ status: 200, body: created.body });
  });

  it("refuses names that are not a registrable domain, with 400", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const cases: [unknown, string][] = [
      ["com", "INVALID_ZONE_NAME"],
      ["co.uk", "PUBLIC_SUFFIX"],
      ["github.io", "PUBLIC_SUFFIX"],
      ["localhost", "INVALID_ZONE_NAME"],
      ["-bad-.example.com", "INVALID_ZONE_NAME"],
      ["under_score.example.com", "INVALID_ZONE_NAME"],
      ["192.0.2.1", "INVALID_ZONE_NAME"],
      ["", "INVALID_ZONE_NAME"],
    ];
    for (const [name, code] of cases) {
      const response = await post(owner.token, organisation.id, name);
      expect(response, String(name)).toMatchObject({ status: 400, body: { code } });
    }
    expect(await post(owner.token, organisation.id, 42)).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    const gql = await t.gql(
      `mutation($input: CreateDnsZoneInput!) { createDnsZone(input: $input) { dnsZone { id } userErrors { code field message } } }`,
      { input: { organisationId: organisation.id, name: "co.uk" } },
      owner.token,
    );
    expect(gql.data.createDnsZone).toMatchObject({ dnsZone: null, userErrors: [{ code: "PUBLIC_SUFFIX", field: "name" }] });
  });

  it("gives each name to one zone in all of Guildhall: ZONE_TAKEN, whatever the case or trailing dot", async () => {
    const first = await organisationWithRoles(t);
    const second = await organisationWithRoles(t);
    const name = zoneName("taken");
    expect((await post(first.owner.token, first.organisation.id, name)).status).toBe(201);
    expect(await post(second.owner.token, second.organisation.id, `${name.toUpperCase()}.`)).toMatchObject({
      status: 409,
      body: { code: "ZONE_TAKEN" },
    });
    expect(await post(first.admin.token, first.organisation.id, name)).toMatchObject({ status: 409, body: { code: "ZONE_TAKEN" } });
  });

  it("refuses a zone inside or above another organisation's, both ways, without naming that organisation", async () => {
    const first = await organisationWithRoles(t);
    const second = await organisationWithRoles(t);
    const parent = `${unique("parent")}.com`;
    expect((await post(first.owner.token, first.organisation.id, parent)).status).toBe(201);

    const child = await post(second.owner.token, second.organisation.id, `shop.${parent}`);
    expect(child).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });
    expect(child.body.error).not.toContain(first.organisation.name);
    expect(await post(second.owner.token, second.organisation.id, `a.b.${parent}`)).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });

    const deepChild = `deep.${unique("x")}.org`;
    expect((await post(first.owner.token, first.organisation.id, deepChild)).status).toBe(201);
    const above = await post(second.owner.token, second.organisation.id, deepChild.split(".").slice(1).join("."));
    expect(above).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });

    // A sibling, and a name that merely ends with the same letters, are not inside it.
    expect((await post(second.owner.token, second.organisation.id, `other-${parent}`)).status).toBe(201);
  });

  it("refuses nesting within one organisation too: a zone inside another would hide the outer zone's records", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const parent = `${unique("own")}.net`;
    expect((await post(owner.token, organisation.id, `play.${parent}`)).status).toBe(201);
    const above = await post(owner.token, organisation.id, parent);
    expect(above).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });
    expect(above.body.error).toContain(`play.${parent}`);
    expect(await post(owner.token, organisation.id, `mc.play.${parent}`)).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });
  });

  it("is recorded in the organisation's activity with the zone after", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=dns.zone_created`, { token: owner.token });
    expect(activity.body.items).toEqual([
      expect.objectContaining({
        action: "dns.zone_created",
        targetType: "dns_zone",
        targetId: zone.id,
        metadata: { name: zone.name, before: null, after: { name: zone.name, serial: 1 } },
      }),
    ]);
  });
});

describe("listing zones", () => {
  it("pages the organisation's zones oldest first as { items, nextCursor }, and GraphQL counts them", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const zones = [];
    for (let i = 0; i < 3; i++) zones.push(await createZone(t, owner, organisation.id));
    const first = await t.rest("GET", `${zonesPath(organisation.id)}?limit=2`, { token: member.token });
    expect(first.status).toBe(200);
    expect(first.body.items.map((zone: { id: string }) => zone.id)).toEqual([zones[0]!.id, zones[1]!.id]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.rest("GET", `${zonesPath(organisation.id)}?limit=2&cursor=${first.body.nextCursor}`, { token: member.token });
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: zones[2]!.id })], nextCursor: null });
    expect(await t.rest("GET", `${zonesPath(organisation.id)}?limit=0`, { token: member.token })).toMatchObject({
      status: 400,
      body: { code: "INVALID_INPUT" },
    });

    const gql = await t.gql(
      `query($id: ID!) { organisation(id: $id) { dnsZones(first: 2) { totalCount pageInfo { hasNextPage } nodes { id name organisation { id } createdBy { id } } } } }`,
      { id: organisation.id },
      member.token,
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data.organisation.dnsZones).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [
        { id: zones[0]!.id, name: zones[0]!.name, organisation: { id: organisation.id }, createdBy: { id: owner.user.id } },
        { id: zones[1]!.id },
      ],
    });
  });

  it("follows the active organisation in the default view, and is empty when none is selected", async () => {
    const owner = await createUser(t);
    const first = await createOrganisation(t, owner);
    const second = await createOrganisation(t, owner);
    const zone = await createZone(t, owner, first.id);
    await createZone(t, owner, second.id);
    const viewerZones = async () =>
      (await t.gql(`{ viewer { dnsZones { totalCount nodes { id } } } }`, {}, owner.token)).data.viewer.dnsZones;

    expect((await t.rest("GET", "/api/dns/zones", { token: owner.token })).body).toEqual({ items: [], nextCursor: null });
    expect(await viewerZones()).toEqual({ totalCount: 0, nodes: [] });

    await t.rest("POST", `/api/organisations/${first.id}/select`, { token: owner.token });
    const listed = await t.rest("GET", "/api/dns/zones", { token: owner.token });
    expect(listed.body).toEqual({ items: [expect.objectContaining({ id: zone.id, name: zone.name })], nextCursor: null });
    expect(await viewerZones()).toEqual({ totalCount: 1, nodes: [{ id: zone.id }] });

    const selected = await t.gql(
      `mutation($id: ID!) { selectOrganisation(input: { id: $id }) { viewer { dnsZones { nodes { organisationId } } } } }`,
      { id: second.id },
      owner.token,
    );
    expect(selected.data.selectOrganisation.viewer.dnsZones.nodes).toEqual([{ organisationId: second.id }]);
    expect(await t.rest("GET", "/api/dns/zones", { token: undefined })).toMatchObject({ status: 401 });
  });
});

describe("deleting a zone", () => {
  it("deletes its records with it, frees the name, and records the zone before", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    await createRecord(t, owner, zone, { name: "@", type: "TXT", content: "hello" });

    expect((await t.rest("DELETE", `${zonesPath(organisation.id)}/${zone.id}`, { token: admin.token })).status).toBe(204);
    expect(await t.rest("GET", `${zonesPath(organisation.id)}/${zone.id}`, { token: owner.token })).toMatchObject({ status: 404 });
    expect(await t.rest("GET", `${zonesPath(organisation.id)}/${zone.id}/records`, { token: owner.token })).toMatchObject({ status: 404 });
    expect(await t.rest("DELETE", `${zonesPath(organisation.id)}/${zone.id}`, { token: admin.token })).toMatchObject({
      status: 404,
      body: { code: "NOT_FOUND" },
    });

    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=dns.zone_deleted`, { token: owner.token });
    expect(activity.body.items[0]).toMatchObject({
      actorId: admin.user.id,
      targetId: zone.id,
      metadata: { name: zone.name, before: { name: zone.name, serial: 3, records: 2 }, after: null },
    });

    const other = await organisationWithRoles(t);
    expect((await post(other.owner.token, other.organisation.id, zone.name)).status).toBe(201);
  });

  it("through GraphQL, by the zone's id alone", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    const deleted = await t.gql(
      `mutation($id: ID!) { deleteDnsZone(input: { id: $id }) { deletedDnsZoneId userErrors { code } } }`,
      { id: zone.id },
      owner.token,
    );
    expect(deleted.data.deleteDnsZone).toEqual({ deletedDnsZoneId: zone.id, userErrors: [] });
    const read = await t.gql(`query($id: ID!) { dnsZone(id: $id) { id } }`, { id: zone.id }, owner.token);
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("ids from elsewhere", () => {
  it("a zone of another organisation, or an id that is no id, is not found, read or write", async () => {
    const mine = await organisationWithRoles(t);
    const theirs = await organisationWithRoles(t);
    const theirZone = await createZone(t, theirs.owner, theirs.organisation.id);
    const token = mine.owner.token;
    const base = `${zonesPath(mine.organisation.id)}/${theirZone.id}`;
    const calls = [
      await t.rest("GET", base, { token }),
      await t.rest("DELETE", base, { token }),
      await t.rest("GET", `${base}/records`, { token }),
      await t.rest("POST", `${base}/records`, { token, body: { name: "x", type: "A", content: "192.0.2.1" } }),
      await t.rest("GET", `${base}/export`, { token }),
      await t.rest("POST", `${base}/import`, { token, body: { zoneFile: "" } }),
      await t.rest("GET", `${zonesPath(mine.organisation.id)}/not-an-id`, { token }),
      await t.rest("DELETE", `${zonesPath(mine.organisation.id)}/not-an-id`, { token }),
      await t.rest("POST", `${zonesPath(mine.organisation.id)}/not-an-id/records`, { token, body: { name: "x", type: "A", content: "192.0.2.1" } }),
      await t.rest("GET", `${zonesPath("not-an-id")}`, { token }),
    ];
    for (const call of calls) expect(call, JSON.stringify(call.body)).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });

    for (const id of [theirZone.id, "not-an-id"]) {
      const read = await t.gql(`query($id: ID!) { dnsZone(id: $id) { id } }`, { id }, token);
      expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const deleted = await t.gql(`mutation($id: ID!) { deleteDnsZone(input: { id: $id }) { deletedDnsZoneId } }`, { id }, token);
      expect(deleted.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await t.rest("GET", `${zonesPath(theirs.organisation.id)}/${theirZone.id}`, { token: theirs.owner.token })).status).toBe(200);
  });
});
