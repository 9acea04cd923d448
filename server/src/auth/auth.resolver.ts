import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { Auth, CurrentUser, type GqlContext } from '../common/auth/auth.decorator';
import { UserModel } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './auth.model';
import { AuthService } from './auth.service';
import { LoginInput, LogoutInput, RefreshTokenInput } from './dto/auth.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Auth({ public: true })
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password; throttled per account and per IP.' })
  login(@Args('input', { description: 'Credentials.' }) input: LoginInput, @Context() ctx: GqlContext) {
    return this.auth.login(input.email, input.password, ctx.ip ?? 'unknown');
  }

  @Auth({ public: true })
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for a new access token and refresh token.' })
  refreshToken(@Args('input', { description: 'The current refresh token.' }) input: RefreshTokenInput) {
    return this.auth.refresh(input.refreshToken);
  }

  @Auth({ public: true })
  @Mutation(() => Boolean, { description: 'Signs out: revokes the given refresh token and those rotated from it.' })
  logout(@Args('input', { nullable: true, description: 'What to revoke.' }) input?: LogoutInput) {
    return this.auth.logout(input?.refreshToken);
  }

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser) {
    return this.users.me(user);
  }
}
