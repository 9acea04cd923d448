import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { LecturerModel, TrainingClassModel } from './class.model';
import { ClassesService } from './classes.service';
import {
  ClassFilterInput,
  ClassLecturerInput,
  ClassSessionInput,
  CreateClassInput,
  UpdateClassInput,
  UpdateClassSessionInput,
} from './dto/class.input';

@Resolver(() => TrainingClassModel)
export class ClassesResolver {
  constructor(private readonly service: ClassesService) {}

  @Query(() => [TrainingClassModel], {
    description:
      'Classes, earliest first (any signed-in user). Lecturers get "my classes" with `lecturerId` set to their own id; ' +
      'trainees get theirs from `myClasses`.',
  })
  classes(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => ClassFilterInput, nullable: true, description: 'Conditions; all classes when omitted.' })
    filter?: ClassFilterInput | null,
  ) {
    return this.service.list(user, filter);
  }

  @Query(() => TrainingClassModel, { description: 'One class by id with its timetable; `class/not_found` when there is none.' })
  class(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The class’s id.' }) id: string) {
    return this.service.get(user, id);
  }

  @Query(() => [LecturerModel], { description: 'Every active lecturer account, by name, for pickers (administrators and lecturers).' })
  lecturers(@CurrentUser() user: AuthUser) {
    return this.service.lecturers(user);
  }

  @Mutation(() => TrainingClassModel, { description: 'Creates a class, with its lecturers if given, all or nothing (administrators).' })
  createClass(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new class.' }) input: CreateClassInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => TrainingClassModel, { description: 'Changes a class’s own fields; sessions must stay inside its dates (administrators).' })
  updateClass(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The class’s id.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateClassInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a class with its lecturers and timetable (administrators); true when done.' })
  deleteClass(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The class’s id.' }) id: string) {
    return this.service.delete(user, id);
  }

  @Mutation(() => TrainingClassModel, {
    description: 'Assigns a lecturer to a class, or changes the kind of one already assigned; returns the class (administrators).',
  })
  assignClassLecturer(
    @CurrentUser() user: AuthUser,
    @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string,
    @Args('input', { description: 'The lecturer and their kind.' }) input: ClassLecturerInput,
  ) {
    return this.service.assignLecturer(user, classId, input);
  }

  @Mutation(() => TrainingClassModel, {
    description: 'Removes a lecturer who teaches none of the class’s sessions; returns the class (administrators).',
  })
  removeClassLecturer(
    @CurrentUser() user: AuthUser,
    @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string,
    @Args('userId', { type: () => ID, description: 'The lecturer’s user id.' }) userId: string,
  ) {
    return this.service.removeLecturer(user, classId, userId);
  }

  @Mutation(() => TrainingClassModel, {
    description:
      'Adds a session to a class’s timetable; refused with `class/lecturer_double_booked` or `class/room_double_booked` ' +
      '(extensions.clash names the other class and time) when it overlaps another booking (administrators).',
  })
  addClassSession(
    @CurrentUser() user: AuthUser,
    @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string,
    @Args('input', { description: 'The new session.' }) input: ClassSessionInput,
  ) {
    return this.service.addSession(user, classId, input);
  }

  @Mutation(() => TrainingClassModel, { description: 'Changes a session, with the same checks as adding one; returns its class (administrators).' })
  updateClassSession(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The session’s id.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateClassSessionInput,
  ) {
    return this.service.updateSession(user, id, input);
  }

  @Mutation(() => TrainingClassModel, { description: 'Removes a session from the timetable; returns its class (administrators).' })
  removeClassSession(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The session’s id.' }) id: string) {
    return this.service.removeSession(user, id);
  }
}
