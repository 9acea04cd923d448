import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'One commune’s quota for a class.' })
export class NominationQuotaInput {
  @Field(() => ID, { description: 'The commune or ward.' })
  communeId: string;

  @Field(() => Int, { nullable: true, description: 'Seats the commune may fill with nominations, 1-500; null clears the quota (no limit).' })
  quota?: number | null;
}
