/**
 * Where a new server goes. The caller has already locked the candidate nodes, so the counts it passes
 * are exact until it commits.
 */
import { AppError } from "../../errors.ts";
import type { NodeRow } from "../nodes/tables.ts";

export type Candidate = { node: NodeRow; used: number };

const room = (candidate: Candidate) => candidate.node.capacity - candidate.used;

export const nodeNotAvailable = () =>
  new AppError("NODE_NOT_AVAILABLE", "There is no node with this id that this server may use.", "nodeId");

/**
 * Checks a requested node: it must be in the shared pool or dedicated to the server's organisation
 * (a personal server may use the shared pool only), and have room.
 */
export function checkRequestedNode(candidate: Candidate | null, organisationId: string | null): NodeRow {
  const node = candidate?.node;
  if (!candidate || !node || (node.dedicatedOrganisationId !== null && node.dedicatedOrganisationId !== organisationId)) {
    throw nodeNotAvailable();
  }
  if (room(candidate) <= 0) {
    throw new AppError("NODE_FULL", `The node ${node.name} is full (${node.capacity} servers); choose another or leave nodeId out.`, "nodeId");
  }
  return node;
}

/**
 * With no node requested: the organisation's dedicated nodes with room come first (most room first),
 * then the shared node with the most room; ties go to the older node.
 */
export function chooseNode(candidates: Candidate[], organisationId: string | null): NodeRow {
  const withRoom = candidates.filter((candidate) => room(candidate) > 0);
  const byMostRoom = (a: Candidate, b: Candidate) => room(b) - room(a) || (a.node.id < b.node.id ? -1 : 1);
  const dedicated = organisationId ? withRoom.filter((c) => c.node.dedicatedOrganisationId === organisationId).sort(byMostRoom) : [];
  const shared = withRoom.filter((c) => c.node.dedicatedOrganisationId === null).sort(byMostRoom);
  const chosen = dedicated[0] ?? shared[0];
  if (!chosen) throw new AppError("NO_CAPACITY", "No node has room for another server right now.");
  return chosen.node;
}
