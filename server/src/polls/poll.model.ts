import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PollStatus } from './poll.enums';

registerEnumType(PollStatus, {
  name: 'PollStatus',
  description: 'Whether a poll still takes votes.',
  valuesMap: {
    OPEN: { description: 'Đang mở: trainees vote (and may change their vote); results update live.' },
    CLOSED: { description: 'Đã đóng: the results are final.' },
  },
});

@ObjectType('PollVoter', { description: 'Someone who chose an option (shown only to the people running the class, never for anonymous polls).' })
export class PollVoterModel {
  @Field(() => ID, { description: 'The voter’s user id.' })
  userId: string;

  @Field({ description: 'The voter’s display name.' })
  displayName: string;
}

@ObjectType('PollOption', { description: 'One answer option of a poll, with its live count.' })
export class PollOptionModel {
  @Field(() => ID, { description: 'Stable identifier (what votePoll takes).' })
  id: string;

  @Field({ description: 'The option’s text.' })
  label: string;

  @Field(() => Int, { description: 'Order in the poll, from 0.' })
  position: number;

  @Field(() => Int, { description: 'How many ballots chose this option.' })
  votes: number;

  @Field(() => [PollVoterModel], {
    nullable: true,
    description:
      'Who chose it, in name order: for administrators and lecturers of the class on polls that are not anonymous; null otherwise.',
  })
  voters: PollVoterModel[] | null;
}

@ObjectType('Poll', { description: 'A question asked during a class session, with its options and live results.' })
export class PollModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The class session the poll belongs to.' })
  sessionId: string;

  @Field({ description: 'The question, 1–300 characters.' })
  question: string;

  @Field({ description: 'Several options may be chosen (checkboxes) instead of exactly one (radio buttons).' })
  allowMultiple: boolean;

  @Field({ description: 'Results never name voters.' })
  anonymous: boolean;

  @Field(() => PollStatus, { description: 'OPEN (takes votes) or CLOSED (final results).' })
  status: PollStatus;

  @Field({ description: 'Display name of the lecturer or administrator who asked it.' })
  createdByName: string;

  @Field(() => Date, { description: 'When it was asked.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed; null while open.' })
  closedAt: Date | null;

  @Field(() => Int, {
    description: 'Grows with every vote and the close: of two copies of the same poll (a reply, a pollUpdated event), keep the higher.',
  })
  version: number;

  @Field(() => [PollOptionModel], { description: 'The options, in the order they were written.' })
  options: PollOptionModel[];

  @Field(() => Int, { description: 'How many people voted (a ballot with several options counts once).' })
  totalVoters: number;

  @Field(() => [ID], { description: 'The options the signed-in user chose; empty when they have not voted.' })
  myOptionIds: string[];
}

@ObjectType('SessionPolls', { description: 'The polls of one class session, and what the signed-in user may do with them.' })
export class SessionPollsModel {
  @Field(() => ID, { description: 'The class session.' })
  sessionId: string;

  @Field({ description: 'The user may ask and close polls and see voters (administrators, lecturers of the class).' })
  canManage: boolean;

  @Field({ description: 'The user may vote in open polls (trainees holding a seat in the class).' })
  canVote: boolean;

  @Field(() => [PollModel], { description: 'The session’s polls, newest first.' })
  polls: PollModel[];
}
