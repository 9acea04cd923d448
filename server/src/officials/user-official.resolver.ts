import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';
import type { User } from '../users/user.entity';
import { OfficialModel } from './official.model';
import { OfficialsService } from './officials.service';

/** Adds `User.official` from the officials feature. */
@Resolver(() => UserModel)
export class UserOfficialResolver {
  constructor(private readonly officials: OfficialsService) {}

  @ResolveField(() => OfficialModel, { nullable: true, description: 'The directory record of a trainee account.' })
  official(@Parent() user: User) {
    return user.official ? this.officials.ownRecord(user.official.id) : null;
  }
}
