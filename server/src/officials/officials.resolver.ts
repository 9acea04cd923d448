import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { OfficialsArgs } from './dto/official-filter.input';
import { CreateOfficialInput, UpdateOfficialInput } from './dto/official.input';
import { OfficialConnection, OfficialModel } from './official.model';
import { OfficialEventsService } from './official-events.service';
import { OfficialsService } from './officials.service';
import type { OfficialRow } from './officials.sql';

@Resolver(() => OfficialModel)
export class OfficialsResolver {
  constructor(
    private readonly service: OfficialsService,
    private readonly events: OfficialEventsService,
  ) {}

  @Query(() => OfficialConnection, {
    description: 'Officials you may see, in name order, one page at a time (coordinators: their commune only).',
  })
  officials(@CurrentUser() user: AuthUser, @Args() args: OfficialsArgs) {
    return this.service.list(user, args);
  }

  @Query(() => OfficialModel, { description: 'One official by id; `official/not_found` when it is not yours to see.' })
  official(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The official’s id.' }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => OfficialModel, { description: 'Adds an official (administrators; coordinators for their own commune).' })
  createOfficial(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The new official.' }) input: CreateOfficialInput,
  ) {
    return this.service.create(user, input);
  }

  @Mutation(() => OfficialModel, { description: 'Changes an official (administrators; coordinators for their own commune).' })
  updateOfficial(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The official’s id.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateOfficialInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => OfficialModel, { description: 'Marks an official as no longer serving; the record is kept.' })
  deactivateOfficial(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The official’s id.' }) id: string,
  ) {
    return this.service.deactivate(user, id);
  }

  @Subscription(() => OfficialModel, {
    description: 'Officials you may see, each time one is created, changed or deactivated.',
    filter(this: OfficialsResolver, payload: { officialChanged: OfficialRow }, _vars: unknown, ctx: { user?: AuthUser }) {
      return !!ctx.user && this.service.canRead(ctx.user, payload.officialChanged);
    },
  })
  officialChanged(@CurrentUser() _user: AuthUser) {
    return this.events.iterator();
  }
}
