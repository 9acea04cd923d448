import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TopicKind } from './program.enums';

registerEnumType(TopicKind, {
  name: 'TopicKind',
  description: 'How a topic is taught. Everything but THEORY counts as skills and practice.',
  valuesMap: {
    THEORY: { description: 'Lý thuyết: lectures on theory, policy and law.' },
    PRACTICE: { description: 'Thực hành: skills practice, group discussion, simulation.' },
    CASE_EXERCISE: { description: 'Xử lý tình huống: case handling.' },
    ROLE_PLAY: { description: 'Đóng vai: role-play.' },
    FIELD_TRIP: { description: 'Đi thực tế: a field trip.' },
    REFLECTION_ESSAY: { description: 'Bài thu hoạch: the written reflection essay.' },
  },
});

@ObjectType('TargetGroup', { description: 'A target group (nhóm đối tượng) of a program.' })
export class TargetGroupModel {
  @Field({ description: 'Short code, unique within the program (e.g. BI_THU).' })
  code: string;

  @Field({ description: 'Vietnamese name, e.g. "Bí thư, phó bí thư cấp ủy cấp xã".' })
  name: string;
}

@ObjectType('ProgramTopic', { description: 'A topic (chuyên đề) of a program.' })
export class ProgramTopicModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Int, { description: 'Teaching order within the program, from 0.' })
  position: number;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => TopicKind, { description: 'How it is taught.' })
  kind: TopicKind;

  @Field(() => Float, { description: 'Teaching hours (one decimal).' })
  hours: number;

  @Field({ description: 'Counts as skills and practice (every kind but THEORY).' })
  isPractice: boolean;

  @Field(() => [String], { description: 'Codes of the target groups it serves; empty means all of the program’s.' })
  targetGroupCodes: string[];
}

@ObjectType('KindHours', { description: 'Hours of one topic kind in a program.' })
export class KindHoursModel {
  @Field(() => TopicKind, { description: 'The kind.' })
  kind: TopicKind;

  @Field(() => Float, { description: 'Total hours of topics of this kind.' })
  hours: number;
}

@ObjectType('Program', { description: 'A training program (chương trình bồi dưỡng): topics for target groups.' })
export class ProgramModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Unique code, e.g. NA-2026-XA.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => Int, { description: 'First year of the period.' })
  startYear: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  endYear: number;

  @Field(() => String, { nullable: true, description: 'Description: aims, format, venue.' })
  description: string | null;

  @Field(() => Int, { description: 'Practice share (percent of hours) below which `practiceWarning` is set.' })
  practiceThresholdPercent: number;

  @Field(() => [TargetGroupModel], { description: 'Target groups, in the order given.' })
  targetGroups: TargetGroupModel[];

  @Field(() => [ProgramTopicModel], { description: 'Topics in teaching order.' })
  topics: ProgramTopicModel[];

  @Field(() => Int, { description: 'Number of topics.' })
  topicCount: number;

  @Field(() => Float, { description: 'Hours of all topics.' })
  totalHours: number;

  @Field(() => Float, { description: 'Hours of THEORY topics.' })
  theoryHours: number;

  @Field(() => Float, { description: 'Hours of every other kind (skills and practice).' })
  practiceHours: number;

  @Field(() => Float, { description: 'Practice share of all hours, percent with one decimal; 0 without topics.' })
  practicePercent: number;

  @Field({ description: 'True when the practice share is under `practiceThresholdPercent`.' })
  practiceWarning: boolean;

  @Field(() => [KindHoursModel], { description: 'Hours per topic kind, every kind listed (zero included).' })
  hoursByKind: KindHoursModel[];

  @Field({ description: 'When the program was created.' })
  createdAt: Date;

  @Field({ description: 'When the program or one of its topics last changed.' })
  updatedAt: Date;
}
