import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // Every module keeps its tables in its own tables.ts; adding a domain adds no line here.
  schema: ["./src/db/shared-tables.ts", "./src/modules/*/tables.ts"],
  out: "./drizzle",
});
