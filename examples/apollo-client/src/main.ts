/**
 * The page: sign in, pick an organisation, see it with its members and a live activity feed. Everything it
 * shows is read from Apollo's normalised cache through one watched query; a rename (here or anywhere
 * else), a new member and new activity land in that cache and the page redraws, with no refetch.
 *
 * The API is this page's own origin, or `?api=https://guildhall.example.com` for one on another origin
 * (which must list this page's origin in its CORS_ORIGINS).
 */
import { createGuildhallClient } from "./client.ts";
import { ActivityFeed, ActivityItem, MemberRow, MyOrganisations, OrganisationHeader, OrganisationLive, OrganisationPage, RenameOrganisation, SignIn } from "./documents.ts";
import { getFragmentData } from "./gql/index.ts";
import type { OrganisationPageQuery } from "./gql/graphql.ts";

const api = new URL(location.href).searchParams.get("api") ?? location.origin;
let token: string | null = null;
const { apollo } = createGuildhallClient(api, () => token);

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = (text: string) => ($("#status").textContent = text);
const item = (text: string, attributes: Record<string, string> = {}) => {
  const li = document.createElement("li");
  li.textContent = text;
  for (const [name, value] of Object.entries(attributes)) li.setAttribute(name, value);
  return li;
};

$<HTMLFormElement>("#sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  status("Signing in…");
  try {
    const { data } = await apollo.mutate({
      mutation: SignIn,
      variables: { input: { email: $<HTMLInputElement>("#email").value, password: $<HTMLInputElement>("#password").value } },
    });
    const [problem] = data?.login.userErrors ?? [];
    if (problem || !data?.login.token) return status(`Not signed in: ${problem?.message ?? "no token"}`);
    token = data.login.token;
    status(`Signed in as ${data.login.viewer?.email}`);
    await listOrganisations();
  } catch (error) {
    // A page on an origin Guildhall does not allow lands here: the browser refused it the answer.
    status(`Could not reach Guildhall: ${(error as Error).message}`);
  }
});

async function listOrganisations() {
  const { data } = await apollo.query({ query: MyOrganisations });
  const list = $("#organisations");
  list.replaceChildren();
  for (const ref of data?.viewer?.organisations ?? []) {
    const organisation = getFragmentData(OrganisationHeader, ref);
    const button = document.createElement("button");
    button.textContent = `${organisation.name} (@${organisation.handle})`;
    button.dataset.id = organisation.id;
    button.addEventListener("click", () => showOrganisation(organisation.id));
    const entry = item("");
    entry.append(button);
    list.append(entry);
  }
}

let watching: { stop: () => void } | null = null;

function showOrganisation(id: string) {
  watching?.stop();
  $("#organisation").hidden = false;
  const page = apollo.watchQuery({ query: OrganisationPage, variables: { id } });
  const view = page.subscribe({ next: ({ data }) => data && render(data as OrganisationPageQuery), error: (error) => status(error.message) });
  // New activity goes to the top of the cached page; the watched query redraws it.
  const feed = apollo.subscribe({ query: ActivityFeed, variables: { organisationId: id } }).subscribe(({ data }) => {
    const entry = data?.activityAdded;
    if (!entry) return;
    apollo.cache.updateQuery({ query: OrganisationPage, variables: { id } }, (current) =>
      current?.organisation ? { organisation: { ...current.organisation, activity: { ...current.organisation.activity, nodes: [entry, ...current.organisation.activity.nodes] } } } : current,
    );
  });
  // Returns the organisation by id: the cache merges it, so a rename elsewhere or a new member redraws too.
  const live = apollo.subscribe({ query: OrganisationLive, variables: { id } }).subscribe(() => {});
  watching = { stop: () => (view.unsubscribe(), feed.unsubscribe(), live.unsubscribe()) };
}

function render(data: OrganisationPageQuery) {
  if (!data.organisation) return;
  const organisation = getFragmentData(OrganisationHeader, data.organisation);
  $("#organisation").dataset.id = organisation.id;
  $("#organisation-name").textContent = organisation.name;
  $("#member-count").textContent = String(organisation.memberCount);
  $("#members").replaceChildren(
    ...data.organisation.members.nodes.map((ref) => {
      const member = getFragmentData(MemberRow, ref);
      return item(`${member.user.email} · ${member.role.toLowerCase()}`, { "data-user": member.user.id });
    }),
  );
  $("#activity").replaceChildren(
    ...data.organisation.activity.nodes.map((ref) => {
      const entry = getFragmentData(ActivityItem, ref);
      return item(`${entry.action} by ${entry.actor?.email ?? "someone"}`, { "data-action": entry.action });
    }),
  );
}

$<HTMLFormElement>("#rename").addEventListener("submit", async (event) => {
  event.preventDefault();
  const id = $("#organisation").dataset.id!;
  const { data } = await apollo.mutate({ mutation: RenameOrganisation, variables: { input: { id, name: $<HTMLInputElement>("#new-name").value } } });
  const [problem] = data?.updateOrganisation.userErrors ?? [];
  status(problem ? `Not renamed: ${problem.message}` : "Renamed");
});
