/**
 * The load generator, in its own process so it has its own core and never shares the server's event
 * loop. The bench sends it one job at a time over IPC and gets autocannon's result back.
 */
import autocannon, { type Request, type Result } from "autocannon";
import type { Target } from "./seed.ts";
import { REST_PAGE_CALLS } from "./page.ts";

export type Scenario = "graphql" | "rest" | "floor";
/** autocannon's result, and the CPU the load generator itself spent (ms). */
export type LoadResult = { result: Result; cpuMs: number };
export type LoadJob = { url: string; scenario: Scenario; targets: Target[]; connections: number; duration: number; query: string };

/** The requests one connection repeats; every pass through them asks for the next organisation. */
function requestsFor(job: LoadJob): Request[] {
  let next = 0;
  const choose = (context: Record<string, any>) => {
    const target = job.targets[next++ % job.targets.length]!;
    context.target = target;
    return { authorization: `Bearer ${target.token}` };
  };
  if (job.scenario === "graphql") {
    return [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const headers = { ...choose(context), "content-type": "application/json" };
          const body = JSON.stringify({ query: job.query, variables: { id: context.target.organisationId } });
          return { ...request, path: "/graphql", headers, body };
        },
      },
    ];
  }
  if (job.scenario === "floor") {
    return [{ method: "GET", setupRequest: (request, context) => ({ ...request, headers: choose(context), path: `/organisations/${context.target.organisationId}` }) }];
  }
  // REST: the page is three calls, made one after another on the connection.
  const page = (suffix: string, first = false): Request => ({
    method: "GET",
    setupRequest: (request, context) => {
      const headers = first ? choose(context) : { authorization: `Bearer ${context.target.token}` };
      return { ...request, headers, path: `/api/organisations/${context.target.organisationId}${suffix}` };
    },
  });
  return REST_PAGE_CALLS.map((suffix, index) => page(suffix, index === 0));
}

process.on("message", async (job: LoadJob) => {
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    timeout: 30,
    requests: requestsFor(job),
  });
  const used = process.cpuUsage(cpu);
  process.send!({ result, cpuMs: (used.user + used.system) / 1000 } satisfies LoadResult);
});
process.on("disconnect", () => process.exit(0));
