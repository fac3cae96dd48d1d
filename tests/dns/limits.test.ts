/**
 * The caps on zones and records, the rule that one name has one zone, and the write rate: each holds when
 * many requests arrive at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { createRecord, createZone, listRecords, readZone, recordsPath, zonesPath } from "./dns-helpers.ts";

const countBy = (statuses: { status: number; body: { code?: string } }[]) => {
  const counts: Record<string, number> = {};
  for (const { status, body } of statuses) {
    const key = status < 300 ? String(status) : `${status} ${body.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("caps and races", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DNS_ZONES_PER_ORGANISATION: "3", DNS_RECORDS_PER_ZONE: "5", DNS_WRITES_PER_MINUTE: "10000" });
  });
  afterAll(() => t.close());

  it("20 simultaneous zone creates with a cap of 3 make exactly 3 zones", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.rest("POST", zonesPath(organisation.id), { token: owner.token, body: { name: `${unique(`z${i}`)}.example.com` } }),
      ),
    );
    expect(countBy(responses)).toEqual({ "201": 3, "403 ZONE_LIMIT_REACHED": 17 });
    const listed = await t.rest("GET", zonesPath(organisation.id), { token: owner.token });
    expect(listed.body.items).toHaveLength(3);
  });

  it("20 simultaneous record creates with a cap of 5 make exactly 5 records", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.rest("POST", recordsPath(organisation.id, zone.id), { token: owner.token, body: { name: `host${i}`, type: "A", content: "192.0.2.1" } }),
      ),
    );
    expect(countBy(responses)).toEqual({ "201": 5, "403 RECORD_LIMIT_REACHED": 15 });
    expect(await listRecords(t, owner, zone)).toHaveLength(5);
    // One serial step per record that was made, none for those refused.
    expect((await readZone(t, owner, zone)).serial).toBe(6);
  });

  it("an import may not hold more records than the cap either", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    const lines = Array.from({ length: 6 }, (_, i) => `host${i} A 192.0.2.${i + 1}`);
    const response = await t.rest("POST", `${zonesPath(organisation.id)}/${zone.id}/import`, {
      token: owner.token,
      body: { zoneFile: [`$ORIGIN ${zone.name}.`, ...lines].join("\n") },
    });
    expect(response).toMatchObject({ status: 403, body: { code: "RECORD_LIMIT_REACHED" } });
    expect(await listRecords(t, owner, zone)).toEqual([]);
    const five = await t.rest("POST", `${zonesPath(organisation.id)}/${zone.id}/import`, {
      token: owner.token,
      body: { zoneFile: [`$ORIGIN ${zone.name}.`, ...lines.slice(0, 5)].join("\n") },
    });
    expect(five.status).toBe(200);
  });

  it("the same name created by 10 organisations at once: exactly one gets it", async () => {
    const name = `${unique("race")}.example.com`;
    const owners = await Promise.all(Array.from({ length: 10 }, async () => {
      const owner = await createUser(t);
      return { owner, organisation: await createOrganisation(t, owner) };
    }));
    const responses = await Promise.all(
      owners.map(({ owner, organisation }) => t.rest("POST", zonesPath(organisation.id), { token: owner.token, body: { name } })),
    );
    expect(countBy(responses)).toEqual({ "201": 1, "409 ZONE_TAKEN": 9 });
  });

  it("a parent and a child created by two organisations at once: exactly one gets in, every time", async () => {
    for (let round = 0; round < 5; round++) {
      // Fresh organisations each round: the zone cap here is 3.
      const [first, second] = await Promise.all([organisationWithRoles(t), organisationWithRoles(t)]);
      const parent = `${unique("nest")}.com`;
      const [a, b] = await Promise.all([
        t.rest("POST", zonesPath(first.organisation.id), { token: first.owner.token, body: { name: round % 2 ? parent : `www.${parent}` } }),
        t.rest("POST", zonesPath(second.organisation.id), { token: second.owner.token, body: { name: round % 2 ? `shop.${parent}` : parent } }),
      ]);
      expect(countBy([a, b])).toEqual({ "201": 1, "409 ZONE_OVERLAPS": 1 });
    }
  });

  it("a whole family of names from different organisations at once: no two zones that get in overlap", async () => {
    const parent = `${unique("family")}.com`;
    const names = [parent, `www.${parent}`, `a.b.${parent}`, `shop.${parent}`, `x.shop.${parent}`];
    const owners = await Promise.all(names.map(async () => {
      const owner = await createUser(t);
      return { owner, organisation: await createOrganisation(t, owner) };
    }));
    const responses = await Promise.all(
      names.map((name, i) => t.rest("POST", zonesPath(owners[i]!.organisation.id), { token: owners[i]!.owner.token, body: { name } })),
    );
    const won: string[] = responses.filter((response) => response.status === 201).map((response) => response.body.name);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const response of responses.filter((response) => response.status !== 201)) {
      expect(response).toMatchObject({ status: 409, body: { code: "ZONE_OVERLAPS" } });
    }
    for (const a of won) for (const b of won) expect(a.endsWith(`.${b}`)).toBe(false);
  });
});

describe("the write rate", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DNS_WRITES_PER_MINUTE: "4" });
  });
  afterAll(() => t.close());

  it("counts an organisation's DNS changes in the shared store: 429 with Retry-After past the limit, for that organisation alone", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id); // 1
    await createRecord(t, owner, zone, { name: "a", type: "A", content: "192.0.2.1" }); // 2
    // A refused change and a preview count nothing.
    expect((await t.rest("POST", recordsPath(organisation.id, zone.id), { token: owner.token, body: { name: "a", type: "A", content: "bad" } })).status).toBe(400);
    const dry = await t.rest("POST", `${zonesPath(organisation.id)}/${zone.id}/import?dryRun=true`, {
      token: owner.token,
      body: { zoneFile: `$ORIGIN ${zone.name}.\nb A 192.0.2.2\n` },
    });
    expect(dry.status).toBe(200);
    await createRecord(t, admin, zone, { name: "b", type: "A", content: "192.0.2.2" }); // 3
    await createRecord(t, admin, zone, { name: "c", type: "A", content: "192.0.2.3" }); // 4

    const limited = await t.rest("POST", recordsPath(organisation.id, zone.id), { token: owner.token, body: { name: "d", type: "A", content: "192.0.2.4" } });
    expect(limited).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await t.rest("DELETE", `${zonesPath(organisation.id)}/${zone.id}`, { token: owner.token })).toMatchObject({ status: 429 });

    const gql = await t.gql(
      `mutation($input: CreateDnsZoneInput!) { createDnsZone(input: $input) { dnsZone { id } userErrors { code retryAfterSeconds } } }`,
      { input: { organisationId: organisation.id, name: `${unique("late")}.example.com` } },
      owner.token,
    );
    expect(gql.data.createDnsZone).toEqual({ dnsZone: null, userErrors: [{ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }] });
    expect((await readZone(t, owner, zone)).serial).toBe(4);

    // Reads go on, and another organisation has its own count.
    expect((await t.rest("GET", recordsPath(organisation.id, zone.id), { token: owner.token })).status).toBe(200);
    const other = await organisationWithRoles(t);
    expect((await t.rest("POST", zonesPath(other.organisation.id), { token: other.owner.token, body: { name: `${unique("free")}.example.com` } })).status).toBe(201);
  });
});
