import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/auth/auth-user';

@ObjectType('User', { description: 'A sign-in account.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Sign-in email, lower case.' })
  email: string;

  @Field(() => Role, { description: 'The account’s one role.' })
  role: Role;

  @Field({ description: 'Name shown in the interface.' })
  displayName: string;
}
