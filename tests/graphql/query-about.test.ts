/**
 * Which organisation a known query is about, before it runs (src/graphql/query-about.ts): only a query whose
 * root `organisation` fields all name one organisation; anything else reads the session alone, as before.
 */
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { queryAbout } from "../../src/graphql/query-about.ts";

const ID = "0192f0a0-0000-7000-8000-000000000001";
const OTHER = "0192f0a0-0000-7000-8000-000000000002";
const about = (text: string, variables: Record<string, unknown> = {}, operationName: string | null = null) =>
  queryAbout(parse(text), operationName)(variables);

describe("queryAbout", () => {
  it("finds the organisation a root field asks for, by variable or by literal, beside other root fields", () => {
    expect(about("query P($id: ID!) { organisation(id: $id) { name } }", { id: ID })).toEqual({ organisationId: ID, withOrganisation: true });
    expect(about(`{ organisation(id: "${ID}") { name } viewer { id } }`)).toEqual({ organisationId: ID, withOrganisation: true });
    expect(about("query P($id: ID!) { a: organisation(id: $id) { name } b: organisation(id: $id) { handle } }", { id: ID })?.organisationId).toBe(ID);
  });

  it("reads the operation asked for by name", () => {
    const text = `query A { viewer { id } } query B($id: ID!) { organisation(id: $id) { name } }`;
    expect(about(text, { id: ID }, "A")).toBeUndefined();
    expect(about(text, { id: ID }, "B")?.organisationId).toBe(ID);
  });

  it("says nothing when the query names no organisation, or two, or asks through a fragment at its root", () => {
    expect(about("{ viewer { id } }")).toBeUndefined();
    expect(about(`{ a: organisation(id: "${ID}") { name } b: organisation(id: "${OTHER}") { name } }`)).toBeUndefined();
    expect(about("query P($a: ID!, $b: ID!) { x: organisation(id: $a) { name } y: organisation(id: $b) { name } }", { a: ID, b: ID })).toBeUndefined();
    expect(about("query P($id: ID!) { ... on Query { organisation(id: $id) { name } } }", { id: ID })).toBeUndefined();
  });

  it("says nothing for a mutation, or when the variable holds no string", () => {
    expect(about(`mutation { leaveOrganisation(organisationId: "${ID}") { viewer { id } } }`)).toBeUndefined();
    expect(about("query P($id: ID!) { organisation(id: $id) { name } }", {})).toBeUndefined();
    expect(about("query P($id: ID!) { organisation(id: $id) { name } }", { id: 7 })).toBeUndefined();
  });
});
