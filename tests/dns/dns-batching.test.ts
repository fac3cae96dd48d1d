/** A zone page costs the same number of statements however many records, and an organisation's however many zones. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";
import { createRecord, createZone, recordsPath, type TestZone } from "./dns-helpers.ts";

let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  // The mail worker polls the database; slowed right down so it does not count in the totals.
  t = await startTestApp({ MAIL_POLL_MS: "60000", DNS_WRITES_PER_MINUTE: "100000" });
  owner = await createUser(t);
});
afterAll(() => t.close());

const ZONE_PAGE = `query($id: ID!) {
  dnsZone(id: $id) {
    id name unicodeName serial nameservers createdAt organisation { id name } createdBy { id }
    records(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name absoluteName type content ttl value zone { id name } } } }
    txt: records(type: TXT) { totalCount nodes { id value } }
  }
}`;

const ORGANISATION_PAGE = `query($id: ID!) {
  organisation(id: $id) {
    dnsZones { totalCount nodes { id name serial createdBy { id } records(first: 10) { totalCount nodes { id name type content zone { id } } } } }
  }
}`;

async function zoneWith(organisationId: string, records: number): Promise<TestZone> {
  const zone = await createZone(t, owner, organisationId);
  for (let i = 0; i < records; i++) {
    await createRecord(t, owner, zone, { name: `host${i}`, type: i % 2 ? "A" : "TXT", content: i % 2 ? `192.0.2.${i % 250}` : `text ${i}` });
  }
  return zone;
}

/** The least of five runs: loads that land in different I/O callbacks on a busy machine can split one batch. */
async function statementsFor(run: () => Promise<{ errors?: unknown; status?: number }>) {
  let best: number | undefined;
  for (let i = 0; i < 5; i++) {
    const before = t.statements();
    const response = await run();
    expect(response.errors).toBeUndefined();
    const count = t.statements() - before;
    best = best === undefined ? count : Math.min(best, count);
  }
  return best!;
}

describe("batching", () => {
  it("answers a zone page with its records in the same number of statements for 3 and 30 records", async () => {
    const organisation = await createOrganisation(t, owner);
    const small = await zoneWith(organisation.id, 3);
    const large = await zoneWith(organisation.id, 30);
    const page = (zone: TestZone) => () => t.gql(ZONE_PAGE, { id: zone.id }, owner.token);
    const response = await page(large)();
    expect(response.data.dnsZone.records.totalCount).toBe(30);
    expect(response.data.dnsZone.records.edges).toHaveLength(30);
    expect(response.data.dnsZone.txt.totalCount).toBe(15);
    expect(await statementsFor(page(large))).toBe(await statementsFor(page(small)));
  });

  it("answers an organisation's zones, each with its records, in the same number of statements for 2 and 5 zones", async () => {
    const few = await createOrganisation(t, owner);
    const many = await createOrganisation(t, owner);
    for (let i = 0; i < 2; i++) await zoneWith(few.id, 2);
    for (let i = 0; i < 5; i++) await zoneWith(many.id, 4);
    const page = (organisationId: string) => () => t.gql(ORGANISATION_PAGE, { id: organisationId }, owner.token);
    const response = await page(many.id)();
    expect(response.data.organisation.dnsZones.totalCount).toBe(5);
    expect(response.data.organisation.dnsZones.nodes[4].records).toMatchObject({ totalCount: 4, nodes: expect.any(Array) });
    expect(await statementsFor(page(many.id))).toBe(await statementsFor(page(few.id)));
  });

  it("answers the REST record list in the same number of statements however long it is", async () => {
    const organisation = await createOrganisation(t, owner);
    const small = await zoneWith(organisation.id, 2);
    const large = await zoneWith(organisation.id, 20);
    const list = (zone: TestZone) => async () => {
      const response = await t.rest("GET", recordsPath(organisation.id, zone.id), { token: owner.token });
      expect(response.status).toBe(200);
      return {};
    };
    expect(await statementsFor(list(large))).toBe(await statementsFor(list(small)));
  });

  it("makes a record in a bounded number of statements, however full the zone", async () => {
    const organisation = await createOrganisation(t, owner);
    const small = await zoneWith(organisation.id, 1);
    const large = await zoneWith(organisation.id, 40);
    const create = (zone: TestZone) => async () => {
      const response = await t.rest("POST", recordsPath(organisation.id, zone.id), {
        token: owner.token,
        body: { name: "www", type: "TXT", content: `${Math.random()}` },
      });
      expect(response.status).toBe(201);
      return {};
    };
    expect(await statementsFor(create(large))).toBe(await statementsFor(create(small)));
  });
});
