/** REST and GraphQL are two doors to the same DNS operations: the same zones, records, files and errors. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";
import { createRecord, createZone, recordsPath, VALID_RECORDS, zonesPath } from "./dns-helpers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DNS_WRITES_PER_MINUTE: "100000" });
});
afterAll(() => t.close());

it("reads the same zones, records and zone file through both", async () => {
  const { organisation, owner, member } = await organisationWithRoles(t);
  const zone = await createZone(t, owner, organisation.id);
  await createZone(t, owner, organisation.id, `bücher-${zone.name.split(".")[0]}.example`);
  for (const { input } of VALID_RECORDS) await createRecord(t, owner, zone, input);

  const rest = {
    zones: (await t.rest("GET", zonesPath(organisation.id), { token: member.token })).body.items,
    records: (await t.rest("GET", `${recordsPath(organisation.id, zone.id)}?limit=100`, { token: member.token })).body.items,
    file: (await t.rest("GET", `${zonesPath(organisation.id)}/${zone.id}/export`, { token: member.token })).body,
  };
  const { data, errors } = await t.gql(
    `query($org: ID!, $zone: ID!) {
      organisation(id: $org) { dnsZones { nodes { id organisationId name unicodeName serial nameservers createdBy { id } createdAt updatedAt } } }
      dnsZone(id: $zone) { zoneFile records(first: 100) { nodes { id zoneId name absoluteName type content ttl value createdAt updatedAt } } }
    }`,
    { org: organisation.id, zone: zone.id },
    member.token,
  );
  expect(errors).toBeUndefined();
  expect(data.organisation.dnsZones.nodes.map(({ createdBy, ...zone }: any) => ({ ...zone, createdById: createdBy.id }))).toEqual(rest.zones);
  expect(data.dnsZone.records.nodes).toEqual(rest.records);
  expect(data.dnsZone.zoneFile).toBe(rest.file);
});

it("gives the same error codes, messages and fields for the same failures", async () => {
  const { organisation, owner } = await organisationWithRoles(t);
  const zone = await createZone(t, owner, organisation.id);
  const www = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });

  const zoneCases = [{ name: zone.name }, { name: "co.uk" }, { name: "bad..name" }, { name: `shop.${zone.name}` }];
  for (const input of zoneCases) {
    const rest = await t.rest("POST", zonesPath(organisation.id), { token: owner.token, body: input });
    const gql = await t.gql(
      `mutation($input: CreateDnsZoneInput!) { createDnsZone(input: $input) { userErrors { code message } } }`,
      { input: { ...input, organisationId: organisation.id } },
      owner.token,
    );
    expect(gql.data.createDnsZone.userErrors, input.name).toEqual([{ code: rest.body.code, message: rest.body.error }]);
  }

  const recordCases = [
    { name: "www", type: "CNAME", content: "a.example.net" },
    { name: "@", type: "CNAME", content: "a.example.net" },
    { name: "@", type: "NS", content: "ns.example.net" },
    { name: "www", type: "A", content: "192.0.2.1" },
    { name: "www", type: "MX", content: "mail" },
    { name: "x", type: "A", content: "192.0.2.1", ttl: 1 },
  ];
  for (const input of recordCases) {
    const rest = await t.rest("POST", recordsPath(organisation.id, zone.id), { token: owner.token, body: input });
    const gql = await t.gql(
      `mutation($input: CreateDnsRecordInput!) { createDnsRecord(input: $input) { userErrors { code message field } } }`,
      { input: { ...input, zoneId: zone.id } },
      owner.token,
    );
    expect(gql.data.createDnsRecord.userErrors, JSON.stringify(input)).toEqual([{ code: rest.body.code, message: rest.body.error, field: expect.any(String) }]);
  }

  const rest = await t.rest("PATCH", `${recordsPath(organisation.id, zone.id)}/${www.id}`, { token: owner.token, body: { name: "@", type: "CNAME", content: "x.example.net" } });
  const gql = await t.gql(
    `mutation($input: UpdateDnsRecordInput!) { updateDnsRecord(input: $input) { userErrors { code message } } }`,
    { input: { id: www.id, name: "@", type: "CNAME", content: "x.example.net" } },
    owner.token,
  );
  expect(gql.data.updateDnsRecord.userErrors).toEqual([{ code: rest.body.code, message: rest.body.error }]);

  const badFile = `$ORIGIN ${zone.name}.\nok A 192.0.2.1\nbad MX nope\n`;
  const restImport = await t.rest("POST", `${zonesPath(organisation.id)}/${zone.id}/import`, { token: owner.token, body: { zoneFile: badFile } });
  const gqlImport = await t.gql(
    `mutation($input: ImportDnsZoneInput!) { importDnsZone(input: $input) { userErrors { code message } } }`,
    { input: { zoneId: zone.id, zoneFile: badFile } },
    owner.token,
  );
  expect(restImport.body).toEqual({ code: "INVALID_ZONE_FILE", error: expect.stringMatching(/^line 3: /) });
  expect(gqlImport.data.importDnsZone.userErrors).toEqual([{ code: restImport.body.code, message: restImport.body.error }]);
});
