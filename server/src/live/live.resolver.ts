import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { LiveJoinModel } from './live.model';
import { LiveService } from './live.service';

@Resolver(() => LiveJoinModel)
export class LiveResolver {
  constructor(private readonly service: LiveService) {}

  @Mutation(() => LiveJoinModel, {
    description:
      'A short-lived join token for the live room of a class session. Lecturers of the class → LECTURER; trainees with a ' +
      'seat → TRAINEE; administrators and coordinators whose commune has a trainee in the class → OBSERVER; `asClassroom` ' +
      '(lecturers of the class, administrators) → CLASSROOM. Others get `live/not_a_participant`; outside the join window ' +
      '(30 minutes before the start to 30 minutes after the end by default) `live/session_not_open`.',
  })
  joinLiveSession(
    @CurrentUser() user: AuthUser,
    @Args('sessionId', { type: () => ID, description: 'The class session’s id.' }) sessionId: string,
    @Args('asClassroom', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Join as the classroom device (room camera and projector) instead of as yourself.',
    })
    asClassroom: boolean,
  ) {
    return this.service.join(user, sessionId, asClassroom ?? false);
  }
}
