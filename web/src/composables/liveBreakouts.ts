import { BREAKOUT_MAIN, type BreakoutRoom, type BreakoutsState, type PeerInfo } from '@gd/schema'

/** No breakout rooms: everyone in the main room. */
export const NO_BREAKOUTS: BreakoutsState = { rooms: [], spaces: {}, closingAt: null, serverTime: 0 }

/** The space a peer is in: `main` or a breakout room id. */
export function spaceOf(state: BreakoutsState, peerId: string | null | undefined): string {
  return (peerId && state.spaces[peerId]) || BREAKOUT_MAIN
}

/** The breakout room a peer is in, or null in the main room. */
export function roomOf(state: BreakoutsState, peerId: string | null | undefined): BreakoutRoom | null {
  const space = spaceOf(state, peerId)
  return space === BREAKOUT_MAIN ? null : (state.rooms.find((r) => r.id === space) ?? null)
}

/** The peers in the same space as `selfId` (the grid shows only the people of one's own room). */
export function peersInMySpace<T extends { peerId: string }>(peers: readonly T[], state: BreakoutsState, selfId: string | null | undefined): T[] {
  const mine = spaceOf(state, selfId)
  return peers.filter((p) => spaceOf(state, p.peerId) === mine)
}

/**
 * Whole seconds left before the rooms close, or null when no countdown runs. `clockOffsetMs`: server clock minus
 * this browser's, measured when the state arrived.
 */
export function secondsLeft(closingAt: number | null, nowMs: number, clockOffsetMs = 0): number | null {
  if (closingAt === null) return null
  return Math.max(0, Math.ceil((closingAt - (nowMs + clockOffsetMs)) / 1000))
}

export interface SpaceGroup {
  /** `main` or the room id. */
  id: string
  /** null for the main room (the page names it). */
  name: string | null
  members: PeerInfo[]
}

/**
 * The main room then each breakout room with the participants present in it (by name), for the lecturer's panel.
 * Peers not present (a dropped connection within its grace) are left out.
 */
export function spaceGroups(state: BreakoutsState, peers: readonly PeerInfo[]): SpaceGroup[] {
  const byName = (a: PeerInfo, b: PeerInfo) => a.displayName.localeCompare(b.displayName, 'vi')
  const groups: SpaceGroup[] = [{ id: BREAKOUT_MAIN, name: null, members: [] }, ...state.rooms.map((r) => ({ id: r.id, name: r.name, members: [] as PeerInfo[] }))]
  const index = new Map(groups.map((g) => [g.id, g]))
  for (const p of peers) (index.get(spaceOf(state, p.peerId)) ?? groups[0]!).members.push(p)
  for (const g of groups) g.members.sort(byName)
  return groups
}
