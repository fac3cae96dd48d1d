/** GET /metrics: what an operator scrapes, in Prometheus's text format. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ METRICS_TOKEN: "scrape-secret" });
});
afterAll(() => t.close());

const scrape = async () => {
  const response = await fetch(`${t.url}/metrics`, { headers: { authorization: "Bearer scrape-secret" } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  return response.text();
};

describe("metrics", () => {
  it("wants the token when one is set", async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
  });

  it("count requests by route and GraphQL operation, errors by code, and report the database, the outbox and the process", async () => {
    const user = await createUser(t);
    await t.rest("GET", "/api/organisations", { token: user.token });
    await t.rest("GET", "/api/organisations/not-an-id", { token: user.token });
    await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: "query MyOrganisations { viewer { email } }", operationName: "MyOrganisations" }),
    });
    await t.gql(`mutation { createOrganisation(input: { name: "", handle: "x" }) { userErrors { code } } }`, {}, user.token);
    const text = await scrape();
    expect(text).toMatch(/guildhall_http_requests_total\{method="GET",route="\/api\/organisations",operation="",status="200"\} 1/);
    expect(text).toMatch(/guildhall_http_requests_total\{method="POST",route="\/graphql",operation="MyOrganisations",status="200"\} 1/);
    expect(text).toMatch(/guildhall_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/organisations\/:id",operation=""\}/);
    expect(text).toMatch(/guildhall_errors_total\{code="NOT_FOUND",transport="rest"\} 1/);
    expect(text).toMatch(/guildhall_errors_total\{code="INVALID_INPUT",transport="graphql"\} 1/);
    expect(text).toMatch(/guildhall_db_round_trip_seconds \d/);
    expect(text).toMatch(/guildhall_db_statements \d+/);
    expect(text).toMatch(/guildhall_mail_outbox_due \d+/);
    expect(text).toMatch(/guildhall_mail_outbox_oldest_due_seconds \d/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});
