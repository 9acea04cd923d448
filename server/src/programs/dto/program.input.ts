import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { TopicKind } from '../program.enums';

@InputType({ description: 'A target group (nhóm đối tượng) of a program.' })
export class TargetGroupInput {
  @Field({ description: 'Short code, unique within the program: capital letters, digits, "_" or "-", at most 20 (e.g. BI_THU).' })
  code: string;

  @Field({ description: 'Vietnamese name, e.g. "Bí thư, phó bí thư cấp ủy cấp xã" (at most 200 characters).' })
  name: string;
}

@InputType({ description: 'A topic (chuyên đề) to add to a program.' })
export class ProgramTopicInput {
  @Field({ description: 'Title, 2 to 300 characters.' })
  title: string;

  @Field(() => TopicKind, { description: 'How it is taught; everything but THEORY counts as practice.' })
  kind: TopicKind;

  @Field(() => Float, { description: 'Teaching hours: more than 0, at most 200, one decimal (a day is about 8).' })
  hours: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the program’s target groups this topic serves; empty or omitted means all.',
  })
  targetGroupCodes?: string[] | null;
}

@InputType({ description: 'Changes to a topic; omitted fields stay as they are.' })
export class UpdateProgramTopicInput {
  @Field(() => String, { nullable: true, description: 'Title, 2 to 300 characters.' })
  title?: string | null;

  @Field(() => TopicKind, { nullable: true, description: 'How it is taught.' })
  kind?: TopicKind | null;

  @Field(() => Float, { nullable: true, description: 'Teaching hours: more than 0, at most 200, one decimal.' })
  hours?: number | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes served; an empty list means all.' })
  targetGroupCodes?: string[] | null;
}

@InputType({ description: 'A new training program, optionally with its topics (created together, all or nothing).' })
export class CreateProgramInput {
  @Field({ description: 'Unique code, e.g. NA-2026-XA: capital letters, digits and "-", 2 to 30 characters.' })
  code: string;

  @Field({ description: 'Title, 2 to 300 characters.' })
  title: string;

  @Field(() => Int, { description: 'First year of the period (2000-2100).' })
  startYear: number;

  @Field(() => Int, { description: 'Last year of the period, not before the first (at most 10 years later).' })
  endYear: number;

  @Field(() => String, { nullable: true, description: 'Description: aims, format, venue (at most 5,000 characters).' })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Practice share (percent of hours) below which the program warns; the server default when omitted.',
  })
  practiceThresholdPercent?: number | null;

  @Field(() => [TargetGroupInput], { nullable: true, description: 'Target groups (at most 20).' })
  targetGroups?: TargetGroupInput[] | null;

  @Field(() => [ProgramTopicInput], { nullable: true, description: 'Topics in teaching order (at most 100).' })
  topics?: ProgramTopicInput[] | null;
}

@InputType({ description: 'Changes to a program; omitted fields stay as they are, null clears the description.' })
export class UpdateProgramInput {
  @Field(() => String, { nullable: true, description: 'Unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Title, 2 to 300 characters.' })
  title?: string | null;

  @Field(() => Int, { nullable: true, description: 'First year of the period.' })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year of the period.' })
  endYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Description (at most 5,000 characters).' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Practice threshold, percent (0-100).' })
  practiceThresholdPercent?: number | null;

  @Field(() => [TargetGroupInput], {
    nullable: true,
    description: 'Replaces the target groups; a group still named by a topic cannot be dropped.',
  })
  targetGroups?: TargetGroupInput[] | null;
}
