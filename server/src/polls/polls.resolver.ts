import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { CreatePollInput } from './dto/poll.input';
import { PollModel, SessionPollsModel } from './poll.model';
import { PollsService } from './polls.service';

const sessionArg = { type: () => ID, description: 'The class session’s id.' } as const;
const pollArg = { type: () => ID, description: 'The poll’s id.' } as const;

@Resolver(() => PollModel)
export class PollsResolver {
  constructor(private readonly service: PollsService) {}

  @Query(() => SessionPollsModel, {
    description:
      'The polls of a class session with live counts and your own choices (administrators and lecturers of the class also ' +
      'see voters of polls that are not anonymous; trainees with a seat; coordinators whose commune has a trainee in the class).',
  })
  sessionPolls(@CurrentUser() user: AuthUser, @Args('sessionId', sessionArg) sessionId: string) {
    return this.service.sessionPolls(user, sessionId);
  }

  @Mutation(() => PollModel, {
    description:
      'Asks a poll in a class session (administrators, lecturers of the class). Bad input is refused with ' +
      '`validation/invalid_input` naming `question`, `options` or `options.<index>`.',
  })
  createPoll(@CurrentUser() user: AuthUser, @Args('input', { description: 'The question and its options.' }) input: CreatePollInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => PollModel, {
    description:
      'Votes in an open poll (trainees holding a seat in the class); voting again replaces your ballot. Refuses `poll/closed`, ' +
      'and `validation/invalid_input` on `optionIds` (none chosen, several on a one-choice poll, or an option of another poll).',
  })
  votePoll(
    @CurrentUser() user: AuthUser,
    @Args('pollId', pollArg) pollId: string,
    @Args('optionIds', { type: () => [ID], description: 'The chosen options: exactly one unless the poll allows several.' }) optionIds: string[],
  ) {
    return this.service.vote(user, pollId, optionIds);
  }

  @Mutation(() => PollModel, {
    description: 'Closes an open poll: no more votes, the results are final (administrators, lecturers of the class). `poll/closed` if it already is.',
  })
  closePoll(@CurrentUser() user: AuthUser, @Args('pollId', pollArg) pollId: string) {
    return this.service.close(user, pollId);
  }

  @Subscription(() => PollModel, {
    description:
      'A poll of the session each time it is asked, voted in or closed, with fresh counts, as sessionPolls would show it to ' +
      'you (same access rules, checked when subscribing).',
  })
  pollUpdated(@CurrentUser() user: AuthUser, @Args('sessionId', sessionArg) sessionId: string) {
    return this.service.subscribe(user, sessionId);
  }
}
