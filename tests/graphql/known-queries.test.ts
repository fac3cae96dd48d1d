/**
 * The short way through for queries Apollo has answered before (src/graphql/known-queries.ts): the
 * answer is the same, byte for byte and header for header, as Apollo's; whatever the short way does not
 * handle (errors, refused variables, costs over the limit, mutations, other Accept headers) is still
 * answered by Apollo, exactly as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";
import { PAGE_QUERY } from "../../bench/page.ts";

let t: TestApp;
let owner: TestUser;
let stranger: TestUser;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp({ MAIL_POLL_MS: "60000" });
  owner = await createUser(t);
  stranger = await createUser(t);
  organisationId = (await createOrganisation(t, owner, { name: "Known Guild" })).id;
});
afterAll(() => t.close());

/** POSTs a GraphQL body as is; the raw answer. */
async function post(body: unknown, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get("content-type"), text: await response.text(), headers: response.headers };
}

/** Sends the same request `times` times; the answers, and how many the short way gave. */
async function repeated(times: number, send: () => ReturnType<typeof post>) {
  const before = t.app.knownQueries.answered;
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await send());
  return { answers, short: t.app.knownQueries.answered - before };
}

describe("a query asked again", () => {
  it("gets the same bytes and headers Apollo gave the first time, the short way, for one statement fewer", async () => {
    const body = { query: PAGE_QUERY, variables: { id: organisationId }, operationName: "OrganisationPage" };
    const statements: number[] = [];
    const { answers, short } = await repeated(4, async () => {
      const before = t.statements();
      const answer = await post(body, owner.token);
      statements.push(t.statements() - before);
      return answer;
    });
    // The first is Apollo's (and remembered); the second is compiled on use; the rest come the short way.
    expect(short).toBeGreaterThanOrEqual(2);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.contentType).toBe("application/json; charset=utf-8");
      expect(answer.text).toBe(answers[0]!.text);
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.headers.get("x-request-id")).toBeTruthy();
    }
    expect(JSON.parse(answers[0]!.text).data.organisation.name).toBe("Known Guild");
    // The short way knows the query asks for one organisation before it reads the session, so it reads the
    // viewer's membership check with it (query-about.ts): 3 statements (that, the members, the log), Apollo's 4.
    expect(statements, `statements per request: ${statements}`).toEqual([4, 3, 3, 3]);
  });

  it("gives a platform admin who is no member the page Apollo gives them, the short way too", async () => {
    const platformAdmin = await createUser(t, { platformRole: "admin" });
    // A text Apollo has not seen (a comment more) is answered by Apollo: what the short way must give too.
    const before = t.app.knownQueries.answered;
    const fromApollo = await post({ query: `${PAGE_QUERY}\n# once`, variables: { id: organisationId } }, platformAdmin.token);
    expect(t.app.knownQueries.answered).toBe(before);
    const page = JSON.parse(fromApollo.text).data.organisation;
    expect(page.name).toBe("Known Guild");
    expect(page.viewerRole).toBeNull();
    await repeated(2, () => post({ query: PAGE_QUERY, variables: { id: organisationId } }, owner.token));
    const statements: number[] = [];
    const { answers, short } = await repeated(2, async () => {
      const counted = t.statements();
      const answer = await post({ query: PAGE_QUERY, variables: { id: organisationId } }, platformAdmin.token);
      statements.push(t.statements() - counted);
      return answer;
    });
    expect(short).toBe(2);
    for (const answer of answers) expect(answer.text).toBe(fromApollo.text);
    expect(statements).toEqual([3, 3]);
  });

  it("answers Apollo Client's Accept header with the content type Apollo chooses for it", async () => {
    const accept = { accept: "application/graphql-response+json,application/json;q=0.9" };
    const { answers, short } = await repeated(3, () => post({ query: "{ viewer { id email } }" }, owner.token, accept));
    expect(short).toBeGreaterThanOrEqual(1);
    for (const answer of answers) {
      expect(answer.contentType).toBe("application/graphql-response+json; charset=utf-8");
      expect(answer.text).toBe(answers[0]!.text);
    }
  });

  it("leaves other Accept headers, and bodies with extensions, to Apollo", async () => {
    const query = "{ viewer { id } }";
    await repeated(3, () => post({ query }, owner.token));
    const other = await repeated(2, () => post({ query }, owner.token, { accept: "application/graphql-response+json" }));
    expect(other.short).toBe(0);
    expect(other.answers[0]!.status).toBe(200);
    expect(other.answers[0]!.contentType).toBe("application/graphql-response+json; charset=utf-8");
    const withExtensions = await repeated(2, () => post({ query, extensions: { anything: true } }, owner.token));
    expect(withExtensions.short).toBe(0);
  });
});

describe("what the short way hands back to Apollo", () => {
  it("a known query that fails for this caller: Apollo's error, code and status", async () => {
    const query = "query Org($id: ID!) { organisation(id: $id) { id name } }";
    await repeated(3, () => post({ query, variables: { id: organisationId } }, owner.token));
    const { answers } = await repeated(3, () => post({ query, variables: { id: organisationId } }, stranger.token));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const json = JSON.parse(answer.text);
      expect(json.data).toBeNull();
      expect(json.errors[0].extensions.code).toBe("NOT_FOUND");
      expect(json.errors[0].path).toEqual(["organisation"]);
    }
    // Signed out, or with a token that signs no one in: UNAUTHENTICATED, as always.
    const anonymous = await post({ query, variables: { id: organisationId } });
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const unknownToken = await post({ query, variables: { id: organisationId } }, "not-a-token");
    expect(JSON.parse(unknownToken.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // An id no organisation has, or one written in capitals (ids compare as the database writes them): NOT_FOUND.
    for (const id of ["0192f0a0-0000-7000-8000-000000000001", organisationId.toUpperCase()]) {
      const { answers: missing } = await repeated(2, () => post({ query, variables: { id } }, owner.token));
      for (const answer of missing) expect(JSON.parse(answer.text).errors[0].extensions.code).toBe("NOT_FOUND");
    }
  });

  it("refused variables, text that cannot be stored, and a cost over the limit", async () => {
    const query = "query Members($id: ID!, $first: Int) { organisation(id: $id) { members(first: $first) { nodes { id } } } }";
    const good = await repeated(3, () => post({ query, variables: { id: organisationId, first: 5 } }, owner.token));
    expect(good.short).toBeGreaterThanOrEqual(1);

    const wrongType = await post({ query, variables: { id: organisationId, first: "five" } }, owner.token);
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");

    const nul = await post({ query, variables: { id: `${organisationId}\u0000`, first: 5 } }, owner.token);
    expect(nul.status).toBe(400);
    expect(JSON.parse(nul.text).errors[0].extensions.code).toBe("INVALID_INPUT");

    // As in graphql-limits.test.ts: cheap with small pages, over the limit with 100 members and 200 entries.
    const organisations = (alias: string) => `${alias}: organisations { id
      members(first: $n) { nodes { role user { id email } } }
      activity(first: $m) { nodes { action actor { id email } } } }`;
    const nested = `query Nested($n: Int, $m: Int) { viewer { ${["a", "b", "c"].map(organisations).join(" ")} } }`;
    const cheap = await repeated(3, () => post({ query: nested, variables: { n: 2, m: 2 } }, owner.token));
    expect(cheap.short).toBeGreaterThanOrEqual(1);
    const tooCostly = await post({ query: nested, variables: { n: 100, m: 200 } }, owner.token);
    expect(tooCostly.status).toBe(400);
    expect(JSON.parse(tooCostly.text).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("mutations always go through Apollo", async () => {
    const mutation = "mutation Rename($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { name } } }";
    const { answers, short } = await repeated(3, () =>
      post({ query: mutation, variables: { input: { id: organisationId, name: "Known Guild" } } }, owner.token),
    );
    expect(short).toBe(0);
    for (const answer of answers) expect(JSON.parse(answer.text).data.updateOrganisation.organisation.name).toBe("Known Guild");
  });
});
