/**
 * A running Guildhall for one test file: its own database, a real HTTP server on a free port, and
 * clients for GraphQL and REST that speak to it over real HTTP.
 */
import { inject } from "vitest";
import { buildApp, type App } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { openTestDatabase } from "./databases.ts";

export type GraphQLResponse<T = any> = {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
};
export type RestResponse<T = any> = { status: number; body: T; headers: Headers };

export type TestApp = {
  url: string;
  app: App;
  /** The file's PostgreSQL database (unset on PGlite): for programs that read it themselves, like PowerDNS. */
  databaseUrl?: string;
  /** Sends a GraphQL operation; `token` signs it in. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Sends a REST request; a `body` is sent as JSON. */
  rest<T = any>(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<RestResponse<T>>;
  /** SQL statements sent to the database so far. */
  statements(): number;
  close(): Promise<void>;
};

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDatabase = await openTestDatabase(inject("databaseTemplate"));
  const config = loadConfig({
    LOG_LEVEL: "silent",
    DATA_DIR: testDatabase.dataDir,
    DATABASE_URL: testDatabase.databaseUrl,
    PORT: "0",
    PUBLIC_URL: "http://guildhall.test",
    ...env,
  });
  const app = await buildApp(config, { database: testDatabase.database });
  await app.server.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  return {
    url,
    app,
    databaseUrl: testDatabase.databaseUrl,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data: any; errors?: GraphQLResponse["errors"] };
      return { status: response.status, data: json.data, errors: json.errors };
    },
    async rest(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.body !== undefined) headers["content-type"] ??= "application/json";
      const response = await fetch(`${url}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
      });
      const text = await response.text();
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON (the playground's HTML): the text itself.
      }
      return { status: response.status, body, headers: response.headers };
    },
    statements: () => app.database.statementCount(),
    async close() {
      await app.close();
      await testDatabase.drop();
    },
  };
}
