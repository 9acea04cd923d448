import { describe, expect, it } from 'vitest'
import type { BreakoutsState, PeerInfo } from '@gd/schema'
import { NO_BREAKOUTS, peersInMySpace, roomOf, secondsLeft, spaceGroups, spaceOf } from './liveBreakouts'

const state: BreakoutsState = {
  rooms: [
    { id: 'br-1', name: 'Phòng 1', peerIds: ['a', 'c'] },
    { id: 'br-2', name: 'Phòng 2', peerIds: ['b'] },
  ],
  spaces: { l: 'main', a: 'br-1', b: 'br-2', c: 'br-1' },
  closingAt: null,
  serverTime: 0,
}
const peer = (peerId: string, displayName: string): PeerInfo => ({ peerId, displayName, role: peerId === 'l' ? 'LECTURER' : 'TRAINEE' })

describe('liveBreakouts', () => {
  it('finds a peer space and room, main when unknown', () => {
    expect(spaceOf(state, 'a')).toBe('br-1')
    expect(spaceOf(state, 'zz')).toBe('main')
    expect(spaceOf(NO_BREAKOUTS, 'a')).toBe('main')
    expect(roomOf(state, 'b')?.name).toBe('Phòng 2')
    expect(roomOf(state, 'l')).toBeNull()
  })

  it('shows only the people of my own room in the grid', () => {
    const peers = [{ peerId: 'l' }, { peerId: 'b' }, { peerId: 'c' }]
    expect(peersInMySpace(peers, state, 'a').map((p) => p.peerId)).toEqual(['c'])
    expect(peersInMySpace(peers, state, 'l').map((p) => p.peerId)).toEqual(['l'])
    expect(peersInMySpace(peers, NO_BREAKOUTS, 'a')).toHaveLength(3)
  })

  it('counts the close countdown down in whole seconds, corrected for the server clock', () => {
    expect(secondsLeft(null, 1000)).toBeNull()
    expect(secondsLeft(10_000, 7_100)).toBe(3)
    expect(secondsLeft(10_000, 7_100, 2_000)).toBe(1)
    expect(secondsLeft(10_000, 12_000)).toBe(0)
  })

  it('groups present participants by space, sorted by name, main first', () => {
    const groups = spaceGroups(state, [peer('l', 'Giảng viên'), peer('c', 'Chu Văn C'), peer('a', 'An Thị A'), peer('x', 'Mới vào')])
    expect(groups.map((g) => [g.id, g.name, g.members.map((m) => m.peerId)])).toEqual([
      ['main', null, ['l', 'x']],
      ['br-1', 'Phòng 1', ['a', 'c']],
      ['br-2', 'Phòng 2', []],
    ])
  })
})
