import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';
import type { User } from '../users/user.entity';
import { CommuneModel } from './geo.model';
import { GeoService } from './geo.service';

/** Adds `User.commune` from the geo feature. */
@Resolver(() => UserModel)
export class UserCommuneResolver {
  constructor(private readonly geo: GeoService) {}

  @ResolveField(() => CommuneModel, { nullable: true, description: 'A coordinator’s commune.' })
  commune(@Parent() user: User) {
    return user.commune ? this.geo.commune(user.commune.id) : null;
  }
}
