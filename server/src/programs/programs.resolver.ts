import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { CreateProgramInput, ProgramTopicInput, UpdateProgramInput, UpdateProgramTopicInput } from './dto/program.input';
import { ProgramModel } from './program.model';
import { ProgramsService } from './programs.service';

@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(private readonly service: ProgramsService) {}

  @Query(() => [ProgramModel], { description: 'Every training program, newest period first (any signed-in user).' })
  programs(@CurrentUser() user: AuthUser) {
    return this.service.list(user);
  }

  @Query(() => ProgramModel, { description: 'One training program by id; `program/not_found` when there is none.' })
  program(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The program’s id.' }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => ProgramModel, { description: 'Creates a program, with its topics if given, all or nothing (administrators).' })
  createProgram(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new program.' }) input: CreateProgramInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => ProgramModel, { description: 'Changes a program’s own fields and target groups (administrators).' })
  updateProgram(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The program’s id.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProgramInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a program and its topics (administrators); true when done.' })
  deleteProgram(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The program’s id.' }) id: string) {
    return this.service.delete(user, id);
  }

  @Mutation(() => ProgramModel, { description: 'Adds a topic at the end of a program; returns the program (administrators).' })
  addProgramTopic(
    @CurrentUser() user: AuthUser,
    @Args('programId', { type: () => ID, description: 'The program’s id.' }) programId: string,
    @Args('input', { description: 'The new topic.' }) input: ProgramTopicInput,
  ) {
    return this.service.addTopic(user, programId, input);
  }

  @Mutation(() => ProgramModel, { description: 'Changes a topic; returns its program (administrators).' })
  updateProgramTopic(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The topic’s id.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProgramTopicInput,
  ) {
    return this.service.updateTopic(user, id, input);
  }

  @Mutation(() => ProgramModel, { description: 'Removes a topic and closes the gap in the order; returns its program (administrators).' })
  removeProgramTopic(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The topic’s id.' }) id: string) {
    return this.service.removeTopic(user, id);
  }

  @Mutation(() => ProgramModel, { description: 'Sets the teaching order of a program’s topics in one transaction (administrators).' })
  reorderProgramTopics(
    @CurrentUser() user: AuthUser,
    @Args('programId', { type: () => ID, description: 'The program’s id.' }) programId: string,
    @Args('topicIds', { type: () => [ID], description: 'Every topic id of the program exactly once, in the new order.' })
    topicIds: string[],
  ) {
    return this.service.reorderTopics(user, programId, topicIds);
  }
}
