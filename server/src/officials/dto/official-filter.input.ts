import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from '../official.enums';

@InputType({ description: 'Filters for the officials directory; all given filters must match.' })
export class OfficialFilter {
  @Field(() => ID, { nullable: true, description: 'Only officials of this province.' })
  provinceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only officials of this commune/ward.' })
  communeId?: string | null;

  @Field(() => Bloc, { nullable: true, description: 'Only this bloc.' })
  bloc?: Bloc | null;

  @Field(() => Position, { nullable: true, description: 'Only this position.' })
  position?: Position | null;

  @Field(() => ProfessionalLevel, { nullable: true, description: 'Only this professional qualification.' })
  professionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Only this political theory level.' })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'Only this state management level.' })
  stateManagementLevel?: StateManagementLevel | null;

  @Field(() => Gender, { nullable: true, description: 'Only this gender.' })
  gender?: Gender | null;

  @Field(() => Boolean, { nullable: true, description: 'Only officials in (true) or outside (false) hardship areas.' })
  hardshipArea?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all match, insensitive to case and Vietnamese diacritics ("nguyen van duc"): in the name, or in phone and email for words with a digit or @.',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also list deactivated officials.' })
  includeInactive?: boolean | null;
}

@ArgsType()
export class OfficialsArgs {
  @Field(() => OfficialFilter, { nullable: true, description: 'What to list; everything visible to you when empty.' })
  filter?: OfficialFilter | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 0 to 100.' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor).' })
  after?: string | null;
}
