import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar';
import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from '../official.enums';

@InputType({ description: 'A new official for the directory.' })
export class CreateOfficialInput {
  @Field({ description: 'Full name, 2 to 200 characters.' })
  fullName: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth: on or after 1940-01-01, and at least 18 years ago.' })
  dateOfBirth?: string | null;

  @Field(() => Gender, { description: 'Gender.' })
  gender: Gender;

  @Field({ description: 'Ethnicity, e.g. Kinh, Thái, Khơ Mú (at most 50 characters).' })
  ethnicity: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Works in a hardship area.' })
  hardshipArea?: boolean | null;

  @Field(() => ID, { description: 'Commune/ward the official works in.' })
  communeId: string;

  @Field(() => Bloc, { description: 'Bloc.' })
  bloc: Bloc;

  @Field(() => Position, { description: 'Position.' })
  position: Position;

  @Field(() => ProfessionalLevel, { nullable: true, description: 'Professional qualification.' })
  professionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Political theory level.' })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'State management level.' })
  stateManagementLevel?: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'Vietnamese phone number, e.g. 0912345678 or +84912345678.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;
}

@InputType({ description: 'Changes to an official; omitted fields stay as they are, null clears an optional field.' })
export class UpdateOfficialInput {
  @Field(() => String, { nullable: true, description: 'Full name, 2 to 200 characters.' })
  fullName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth.' })
  dateOfBirth?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity.' })
  ethnicity?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Works in a hardship area.' })
  hardshipArea?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Move to another commune (administrators only).' })
  communeId?: string | null;

  @Field(() => Bloc, { nullable: true, description: 'Bloc.' })
  bloc?: Bloc | null;

  @Field(() => Position, { nullable: true, description: 'Position.' })
  position?: Position | null;

  @Field(() => ProfessionalLevel, { nullable: true, description: 'Professional qualification.' })
  professionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Political theory level.' })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'State management level.' })
  stateManagementLevel?: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;
}
