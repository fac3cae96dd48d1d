/** JSON-schema fragments for request shapes. Rules beyond shape (lengths, formats) live in services. */
export const idParams = {
  type: "object",
  properties: { id: { type: "string" } },
  required: ["id"],
} as const;

export const str = { type: "string" } as const;
export const nullableStr = { type: ["string", "null"] } as const;

export function body(properties: Record<string, object>, required: string[] = []) {
  return { type: "object", properties, required } as const;
}
