import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LivePolls from './LivePolls.vue'
import { mountApp, stubGraphQL } from '@/test/mountApp'

const option = (id: string, label: string, position: number, votes: number) => ({ __typename: 'PollOption', id, label, position, votes, voters: null })
const poll = (over: Record<string, unknown> = {}) => ({
  __typename: 'Poll',
  id: 'p1',
  sessionId: 's1',
  question: 'Đã rõ chưa?',
  allowMultiple: false,
  anonymous: false,
  status: 'OPEN',
  createdByName: 'ThS. Hà',
  createdAt: '2026-12-04T05:00:00Z',
  closedAt: null,
  version: 2,
  totalVoters: 3,
  myOptionIds: [],
  options: [option('a', 'Rồi', 0, 2), option('b', 'Chưa', 1, 1)],
  ...over,
})
const list = (polls: unknown[], can: { canManage?: boolean; canVote?: boolean } = {}) => () => ({
  data: { sessionPolls: { __typename: 'SessionPolls', sessionId: 's1', canManage: false, canVote: true, ...can, polls } },
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('LivePolls', () => {
  it('shows counts and percentages, and sends the trainee’s choice', async () => {
    const calls = stubGraphQL({
      SessionPolls: list([poll()]),
      VotePoll: () => ({ data: { votePoll: poll({ version: 3, totalVoters: 4, myOptionIds: ['b'], options: [option('a', 'Rồi', 0, 2), option('b', 'Chưa', 1, 2)] }) } }),
    })
    const { wrapper } = await mountApp(LivePolls, { props: { sessionId: 's1' } })
    await flushPromises()
    const rows = () => wrapper.findAll('[data-testid="poll-option"]').map((r) => [r.attributes('data-votes'), r.attributes('data-percent')])
    expect(rows()).toEqual([['2', '67'], ['1', '33']])
    expect(wrapper.find('[data-testid="poll-form"]').exists()).toBe(false)
    const vote = wrapper.get('[data-testid="poll-vote"]')
    expect(vote.attributes('disabled')).toBeDefined() // nothing chosen yet
    await wrapper.findAll('input[type="radio"]')[1]!.setValue(true)
    expect(vote.attributes('disabled')).toBeUndefined()
    await vote.trigger('click')
    await flushPromises()
    expect(calls.find((c) => c.operation === 'VotePoll')?.variables).toEqual({ pollId: 'p1', optionIds: ['b'] })
    expect(rows()).toEqual([['2', '50'], ['2', '50']])
    expect(wrapper.get('[data-testid="poll-vote"]').text()).toBe('Đổi lựa chọn')
  })

  it('disables voting on a closed poll', async () => {
    stubGraphQL({ SessionPolls: list([poll({ status: 'CLOSED', closedAt: '2026-12-04T05:10:00Z', myOptionIds: ['a'] })]) })
    const { wrapper } = await mountApp(LivePolls, { props: { sessionId: 's1' } })
    await flushPromises()
    expect(wrapper.get('[data-testid="poll-status"]').text()).toBe('Đã kết thúc')
    expect(wrapper.findAll('input[type="radio"]').every((i) => (i.element as HTMLInputElement).disabled)).toBe(true)
    expect(wrapper.get('[data-testid="poll-vote"]').attributes('disabled')).toBeDefined()
  })

  it('lets the lecturer ask a poll, refusing a duplicate option first', async () => {
    const calls = stubGraphQL({ SessionPolls: list([], { canManage: true, canVote: false }), CreatePoll: () => ({ data: { createPoll: poll({ totalVoters: 0, version: 0 }) } }) })
    const { wrapper } = await mountApp(LivePolls, { props: { sessionId: 's1' } })
    await flushPromises()
    await wrapper.get('[data-testid="poll-question"]').setValue('Đã rõ chưa?')
    const inputs = wrapper.findAll('[data-testid="poll-option-input"]')
    await inputs[0]!.setValue('Rồi')
    await inputs[1]!.setValue(' rồi ')
    await wrapper.get('[data-testid="poll-form"]').trigger('submit')
    expect(wrapper.get('[data-testid="poll-option-error"]').text()).toBe('Phương án này bị trùng với một phương án ở trên.')
    expect(calls.some((c) => c.operation === 'CreatePoll')).toBe(false)
    await inputs[1]!.setValue('Chưa')
    await wrapper.get('[data-testid="poll-form"]').trigger('submit')
    await flushPromises()
    expect(calls.find((c) => c.operation === 'CreatePoll')?.variables).toEqual({
      input: { sessionId: 's1', question: 'Đã rõ chưa?', options: ['Rồi', 'Chưa'], allowMultiple: false, anonymous: false },
    })
    expect(wrapper.findAll('[data-testid="poll"]')).toHaveLength(1)
    expect((wrapper.get('[data-testid="poll-question"]').element as HTMLInputElement).value).toBe('')
  })
})
