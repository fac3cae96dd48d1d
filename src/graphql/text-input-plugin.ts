/**
 * Text PostgreSQL cannot store (a NUL, an unpaired surrogate) is refused before execution, once for every
 * operation: in the variables, and in the document's string literals (where `"\u0000"` is an escape that
 * graphql-js turns into a NUL). A 400 with `extensions.code` INVALID_INPUT naming the field.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import { findUnstorableText, isStorableText, unstorableTextMessage } from "../lib/text-input.ts";

/** Per parsed document (Apollo's document cache hands back the same object for the same text). */
const literalChecks = new WeakMap<DocumentNode, string | null>();

function firstBadLiteral(document: DocumentNode): string | null {
  let found = literalChecks.get(document);
  if (found !== undefined) return found;
  found = findBadLiteral(document);
  literalChecks.set(document, found);
  return found;
}

function findBadLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found) return false;
      const walk = (value: typeof node.value, path: string): void => {
        if (found) return;
        if (value.kind === Kind.STRING && !isStorableText(value.value)) found = path;
        else if (value.kind === Kind.LIST) value.values.forEach((item, i) => walk(item, `${path}.${i}`));
        else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => walk(field.value, `${path}.${field.name.value}`));
      };
      walk(node.value, node.name.value);
      return undefined;
    },
  });
  return found;
}

export const textInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = findUnstorableText(request.variables ?? {}) ?? firstBadLiteral(document);
        if (field) {
          throw new GraphQLError(unstorableTextMessage(field), { extensions: { code: "INVALID_INPUT", field, http: { status: 400 } } });
        }
      },
    };
  },
};
