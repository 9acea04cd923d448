import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';

@ObjectType('AuthPayload', { description: 'Tokens for a signed-in user.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT to send as `Authorization: Bearer …`.' })
  accessToken: string;

  @Field({ description: 'When the access token expires.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use token for `refreshToken`; rotates on every use.' })
  refreshToken: string;

  @Field(() => UserModel, { description: 'The signed-in user.' })
  user: UserModel;
}
