import { describe, expect, it, vi } from 'vitest';
import { BreakoutState, MAIN_SPACE, requireBreakoutManager, shouldConsume } from './breakout';

const peers = [
  { peerId: 'l', role: 'LECTURER' },
  { peerId: 'c', role: 'CLASSROOM' },
  { peerId: 'a', role: 'TRAINEE', commune: 'Xã A' },
  { peerId: 'b', role: 'TRAINEE', commune: 'Xã B' },
  { peerId: 'd', role: 'TRAINEE', commune: 'Xã A' },
];

describe('BreakoutState', () => {
  it('auto-splits trainees evenly, leaving lecturer and classroom in main', () => {
    const s = new BreakoutState();
    const rooms = s.create({ mode: 'auto', count: 2 }, peers);
    expect(rooms.map((r) => r.peerIds.length)).toEqual([2, 1]);
    expect(s.spaceOf('l')).toBe(MAIN_SPACE);
    expect(s.spaceOf('c')).toBe(MAIN_SPACE);
  });
  it('splits by commune and by explicit groups', () => {
    const s = new BreakoutState();
    expect(s.create({ mode: 'commune' }, peers).map((r) => [r.name, r.peerIds])).toEqual([
      ['Xã A', ['a', 'd']],
      ['Xã B', ['b']],
    ]);
    const g = new BreakoutState();
    expect(() => g.create({ mode: 'groups', groups: [{ peerIds: ['zz'] }] }, peers)).toThrow(/unknown peer zz/);
  });
  it('moves one peer without touching the others, and closes all back to main', () => {
    const s = new BreakoutState();
    const [r1, r2] = s.create({ mode: 'auto', count: 2 }, peers);
    expect(s.move('a', r2.id)).toEqual({ from: r1.id, to: r2.id });
    expect(s.spaceOf('d')).toBe(r1.id);
    s.move('a', MAIN_SPACE);
    expect(s.spaceOf('a')).toBe(MAIN_SPACE);
    expect(() => s.move('a', 'nope')).toThrow(/breakout room nope does not exist/);
    expect(s.closeAll().sort()).toEqual(['b', 'd']);
    expect(s.rooms()).toEqual([]);
  });
  it('refuses bad counts and names', () => {
    const s = new BreakoutState();
    expect(() => s.create({ mode: 'auto', count: 0 }, peers)).toThrow(/count must be/);
    const [r] = s.create({ mode: 'auto', count: 1 }, peers);
    expect(() => s.rename(r.id, '  ')).toThrow(/name must be/);
  });
  it('closes all after the countdown', () => {
    vi.useFakeTimers();
    try {
      const s = new BreakoutState();
      expect(() => s.startClose(30, () => {})).toThrow(/no breakout rooms/);
      s.create({ mode: 'auto', count: 2 }, peers);
      expect(() => s.startClose(-1, () => {})).toThrow(/seconds must be/);
      const done = vi.fn();
      expect(s.startClose(30, done, 1000)).toBe(31000);
      vi.advanceTimersByTime(29_999);
      expect(done).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect([...done.mock.calls[0][0]].sort()).toEqual(['a', 'b', 'd']);
      expect(s.spaceOf('a')).toBe(MAIN_SPACE);
    } finally {
      vi.useRealTimers();
    }
  });
  it('only the lecturer manages breakouts', () => {
    expect(() => requireBreakoutManager('LECTURER')).not.toThrow();
    for (const role of ['TRAINEE', 'CLASSROOM', 'OBSERVER'] as const)
      expect(() => requireBreakoutManager(role)).toThrow(/may not manageBreakouts/);
  });
  it('consumes only within the space, except the lecturer screen share', () => {
    expect(shouldConsume('br-1', { space: 'br-1', role: 'TRAINEE', source: 'webcam' })).toBe(true);
    expect(shouldConsume('br-1', { space: MAIN_SPACE, role: 'LECTURER', source: 'webcam' })).toBe(false);
    expect(shouldConsume('br-1', { space: MAIN_SPACE, role: 'LECTURER', source: 'screen' })).toBe(true);
    expect(shouldConsume(MAIN_SPACE, { space: 'br-2', role: 'TRAINEE', source: 'mic' })).toBe(false);
  });
});
