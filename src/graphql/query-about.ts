/**
 * The organisation a query is about, known before it runs: a query whose root asks for `organisation(id: …)`
 * (the panel's organisation page, and most of what a frontend asks) starts with the session and then the
 * viewer's membership there (policy.ts). Known before execution, both are read in one statement, as REST's
 * reads under /organisations/:id are (auth/viewer.ts): a round trip and a statement fewer a page.
 *
 * Only the root's `organisation` fields count, and only when they all name the same organisation (one
 * variable, or one literal id); anything else (other root fields beside them are fine) reads as before.
 * Queries only: a mutation checks inside its transaction, where loaders primed before it would be stale.
 */
import { Kind, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { RequestAbout } from "../auth/viewer.ts";

/** Given a request's variables, the organisation it is about (or undefined). */
export type QueryAbout = (variables: Record<string, unknown>) => RequestAbout | undefined;

const nothing: QueryAbout = () => undefined;

export function queryAbout(document: DocumentNode, operationName: string | null): QueryAbout {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.operation !== "query") return nothing;
  let named: { variable: string } | { id: string } | undefined;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return nothing; // a fragment at the root: not worth reading through
    if (selection.name.value !== "organisation") continue;
    const id = selection.arguments?.find((argument) => argument.name.value === "id")?.value;
    const source = id?.kind === Kind.VARIABLE ? { variable: id.name.value } : id?.kind === Kind.STRING ? { id: id.value } : undefined;
    if (!source) return nothing;
    if (named && JSON.stringify(named) !== JSON.stringify(source)) return nothing;
    named = source;
  }
  if (!named) return nothing;
  if ("id" in named) {
    const about: RequestAbout = { organisationId: named.id, withOrganisation: true };
    return () => about;
  }
  const variable = named.variable;
  return (variables) => {
    const organisationId = variables[variable];
    return typeof organisationId === "string" ? { organisationId, withOrganisation: true } : undefined;
  };
}
