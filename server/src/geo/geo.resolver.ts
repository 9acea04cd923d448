import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { CommuneModel, ProvinceModel } from './geo.model';
import { type CommuneView, GeoService, type ProvinceView } from './geo.service';

@Resolver(() => ProvinceModel)
export class ProvinceResolver {
  constructor(private readonly geo: GeoService) {}

  @Query(() => [ProvinceModel], { description: 'All provinces, in name order.' })
  provinces(@CurrentUser() user: AuthUser) {
    return this.geo.provinces(user);
  }

  @Query(() => [CommuneModel], { description: 'Communes and wards, in name order; only those of one province when given.' })
  communes(
    @CurrentUser() user: AuthUser,
    @Args('provinceId', { type: () => ID, nullable: true, description: 'Only this province.' }) provinceId?: string,
  ) {
    return this.geo.communes(user, provinceId);
  }

  @ResolveField('communes', () => [CommuneModel], { description: 'Communes and wards of this province, in name order.' })
  communesOf(@Parent() p: ProvinceView, @CurrentUser() user: AuthUser) {
    return this.geo.communes(user, p.id);
  }
}

@Resolver(() => CommuneModel)
export class CommuneResolver {
  constructor(private readonly geo: GeoService) {}

  @ResolveField(() => ProvinceModel, { description: 'The province this commune belongs to.' })
  province(@Parent() c: CommuneView) {
    return this.geo.province(c.provinceId);
  }
}
