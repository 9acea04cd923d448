import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Credentials for signing in.' })
export class LoginInput {
  @Field({ description: 'Account email.' })
  email: string;

  @Field({ description: 'Password.' })
  password: string;
}

@InputType({ description: 'A refresh token to exchange for new tokens.' })
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from the last login or refresh.' })
  refreshToken: string;
}

@InputType({ description: 'What to sign out.' })
export class LogoutInput {
  @Field(() => String, { nullable: true, description: 'The refresh token to revoke (this device’s session).' })
  refreshToken?: string | null;
}
