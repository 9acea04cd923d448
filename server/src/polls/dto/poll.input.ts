import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new poll in a class session.' })
export class CreatePollInput {
  @Field(() => ID, { description: 'The class session to ask it in.' })
  sessionId: string;

  @Field({ description: 'The question, 1–300 characters (trimmed).' })
  question: string;

  @Field(() => [String], { description: 'The answer options in order: 2–10, each 1–120 characters (trimmed), all different.' })
  options: string[];

  @Field({ nullable: true, defaultValue: false, description: 'Several options may be chosen (default: exactly one).' })
  allowMultiple?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Results never name voters (default: lecturers see who chose what).' })
  anonymous?: boolean;
}
