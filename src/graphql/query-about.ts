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
import { Kind, print, type DocumentNode, type OperationDefinitionNode, type StringValueNode, type VariableNode } from "graphql";
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
  let named: VariableNode | StringValueNode | undefined;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return nothing; // a fragment at the root: not worth reading through
    if (selection.name.value !== "organisation") continue;
    const id = selection.arguments?.find((argument) => argument.name.value === "id")?.value;
    if (id?.kind !== Kind.VARIABLE && id?.kind !== Kind.STRING) return nothing;
    if (named && print(named) !== print(id)) return nothing;
    named = id;
  }
  if (!named) return nothing;
  if (named.kind === Kind.STRING) {
    const about: RequestAbout = { organisationId: named.value, withOrganisation: true };
    return () => about;
  }
  const variable = named.name.value;
  return (variables) => {
    const organisationId = variables[variable];
    return typeof organisationId === "string" ? { organisationId, withOrganisation: true } : undefined;
  };
}
