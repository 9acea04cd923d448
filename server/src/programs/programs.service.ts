import { EntityManager } from '@mikro-orm/postgresql';
import { transactionalUnique } from '../database/unique';
import { Inject, Injectable } from '@nestjs/common';
import { ClassSession, TrainingClass } from '../classes/class.entity';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode, type FieldReason, forbidden, ValidationError } from '../common/errors';
import { isUuid } from '../geo/geo.service';
import type {
  CreateProgramInput,
  ProgramTopicInput,
  UpdateProgramInput,
  UpdateProgramTopicInput,
} from './dto/program.input';
import { Program, ProgramTopic, TargetGroup } from './program.entity';
import { isPracticeKind, type TopicKind } from './program.enums';
import { type ProgramSplit, programSplit } from './program.split';
import { type CleanTopic, PROGRAM_LIMITS, validateProgramFields, validateTopic, validateTopicUpdate } from './program.validation';

export interface ProgramTopicView {
  id: string;
  position: number;
  title: string;
  kind: TopicKind;
  hours: number;
  isPractice: boolean;
  targetGroupCodes: string[];
}

export interface ProgramView extends ProgramSplit {
  id: string;
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  description: string | null;
  practiceThresholdPercent: number;
  targetGroups: { code: string; name: string }[];
  topics: ProgramTopicView[];
  topicCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Training programs and their topics. Every signed-in user reads them (trainees see what their course covers);
 * only administrators write. Changes touching several rows run in one transaction and validate everything first,
 * so a refused change writes nothing.
 */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** All programs, newest period first, with their topics and split. */
  async list(_user: AuthUser): Promise<ProgramView[]> {
    const programs = await this.em.find(Program, {}, { populate: ['topics'], orderBy: { startYear: 'desc', code: 'asc' } });
    return programs.map(view);
  }

  async get(_user: AuthUser, id: string): Promise<ProgramView> {
    return view(await this.findProgram(this.em, id));
  }

  async create(user: AuthUser, input: CreateProgramInput): Promise<ProgramView> {
    assertAdmin(user);
    const errors: Record<string, FieldReason> = {};
    const clean = validateProgramFields(errors, input, 'create');
    const known = new Set((clean.targetGroups ?? []).map((g) => g.code));
    const topics: CleanTopic[] = [];
    if ((input.topics?.length ?? 0) > PROGRAM_LIMITS.topics) errors.topics = 'too_long';
    else (input.topics ?? []).forEach((t, i) => {
      const c = validateTopic(errors, `topics.${i}.`, t, known);
      if (c) topics.push(c);
    });
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const program = await transactionalUnique(this.em, 'code', async (tx) => {
      await this.assertCodeFree(tx, clean.code!);
      const p = new Program({ code: clean.code!, title: clean.title!, startYear: clean.startYear!, endYear: clean.endYear! });
      p.description = clean.description ?? null;
      p.practiceThresholdPercent = clean.practiceThresholdPercent ?? this.config.programMinPracticePercent;
      p.targetGroups = (clean.targetGroups ?? []).map((g) => new TargetGroup(g.code, g.name));
      topics.forEach((t, position) => p.topics.add(newTopic(p, position, t)));
      tx.persist(p);
      return p;
    });
    return view(program);
  }

  async update(user: AuthUser, id: string, input: UpdateProgramInput): Promise<ProgramView> {
    assertAdmin(user);
    const program = await transactionalUnique(this.em, 'code', async (tx) => {
      const p = await this.findProgram(tx, id);
      const errors: Record<string, FieldReason> = {};
      const clean = validateProgramFields(errors, input, 'update', p);
      if (clean.targetGroups) {
        const known = new Set(clean.targetGroups.map((g) => g.code));
        if (p.topics.getItems().some((t) => t.targetGroupCodes.some((c) => !known.has(c)))) errors.targetGroups = 'in_use';
      }
      if (Object.keys(errors).length) throw new ValidationError(errors);
      if (clean.code !== undefined && clean.code !== p.code) await this.assertCodeFree(tx, clean.code);
      if (clean.code !== undefined) p.code = clean.code;
      if (clean.title !== undefined) p.title = clean.title;
      if (clean.startYear !== undefined) p.startYear = clean.startYear;
      if (clean.endYear !== undefined) p.endYear = clean.endYear;
      if (clean.description !== undefined) p.description = clean.description;
      if (clean.practiceThresholdPercent !== undefined) p.practiceThresholdPercent = clean.practiceThresholdPercent;
      if (clean.targetGroups) p.targetGroups = clean.targetGroups.map((g) => new TargetGroup(g.code, g.name));
      return p;
    });
    return view(program);
  }

  /** Deletes a program and its topics; refused with `program/in_use` while classes offer it. */
  async delete(user: AuthUser, id: string): Promise<boolean> {
    assertAdmin(user);
    await this.em.transactional(async (tx) => {
      const program = await this.findProgram(tx, id);
      const classes = await tx.count(TrainingClass, { program });
      if (classes > 0) throw new AppError(ErrorCode.ProgramInUse, `Program ${program.code} is used by ${classes} class(es).`, { classCount: classes });
      tx.remove(program);
    });
    return true;
  }

  async addTopic(user: AuthUser, programId: string, input: ProgramTopicInput): Promise<ProgramView> {
    assertAdmin(user);
    return this.changeTopics(programId, (p) => {
      const errors: Record<string, FieldReason> = {};
      const clean = validateTopic(errors, '', input, groupCodes(p));
      if (p.topics.length >= PROGRAM_LIMITS.topics) errors.programId = 'too_long';
      if (Object.keys(errors).length || !clean) throw new ValidationError(errors);
      p.topics.add(newTopic(p, p.topics.length, clean));
    });
  }

  async updateTopic(user: AuthUser, topicId: string, input: UpdateProgramTopicInput): Promise<ProgramView> {
    assertAdmin(user);
    return this.changeTopics(await this.programOfTopic(topicId), (p) => {
      const topic = p.topics.getItems().find((t) => t.id === topicId)!;
      const clean = validateTopicUpdate(input, groupCodes(p));
      if (clean.title !== undefined) topic.title = clean.title;
      if (clean.kind !== undefined) topic.kind = clean.kind;
      if (clean.hours !== undefined) topic.hours = clean.hours;
      if (clean.targetGroupCodes !== undefined) topic.targetGroupCodes = clean.targetGroupCodes;
    });
  }

  async removeTopic(user: AuthUser, topicId: string): Promise<ProgramView> {
    assertAdmin(user);
    const programId = await this.programOfTopic(topicId);
    // A topic still on a class timetable stays (the session refers to it).
    if ((await this.em.count(ClassSession, { topic: topicId })) > 0) throw new ValidationError({ id: 'in_use' });
    return this.changeTopics(programId, (p) => {
      const topic = p.topics.getItems().find((t) => t.id === topicId)!;
      p.topics.remove(topic);
      renumber(p.topics.getItems().filter((t) => t !== topic));
    });
  }

  /** Sets the teaching order; `topicIds` must name every topic of the program exactly once. */
  async reorderTopics(user: AuthUser, programId: string, topicIds: string[]): Promise<ProgramView> {
    assertAdmin(user);
    return this.changeTopics(programId, (p) => {
      const byId = new Map(p.topics.getItems().map((t) => [t.id, t]));
      const permutation = topicIds.length === byId.size && new Set(topicIds).size === byId.size && topicIds.every((id) => byId.has(id));
      if (!permutation) throw new ValidationError({ topicIds: 'invalid_value' });
      renumber(topicIds.map((id) => byId.get(id)!));
    });
  }

  /** Loads the program in a transaction, applies `change` (which validates before touching anything) and flushes. */
  private async changeTopics(programId: string, change: (p: Program) => void): Promise<ProgramView> {
    const program = await this.em.transactional(async (tx) => {
      const p = await this.findProgram(tx, programId);
      change(p);
      // Topic changes count as changes of the program (its split and hours change with them).
      p.updatedAt = new Date();
      return p;
    });
    return view(program);
  }

  private async programOfTopic(topicId: string): Promise<string> {
    const topic = isUuid(topicId) ? await this.em.findOne(ProgramTopic, { id: topicId }, { fields: ['program'] }) : null;
    if (!topic) throw new AppError(ErrorCode.ProgramTopicNotFound, `No program topic with id ${topicId}.`);
    return topic.program.id;
  }

  private async findProgram(em: EntityManager, id: string): Promise<Program> {
    const program = isUuid(id) ? await em.findOne(Program, { id }, { populate: ['topics'] }) : null;
    if (!program) throw new AppError(ErrorCode.ProgramNotFound, `No program with id ${id}.`);
    return program;
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if ((await em.count(Program, { code })) > 0) throw new ValidationError({ code: 'taken' });
  }

}

function assertAdmin(user: AuthUser): void {
  if (user.role !== Role.ADMIN) throw forbidden('changing training programs');
}

const groupCodes = (p: Program) => new Set(p.targetGroups.map((g) => g.code));

function newTopic(program: Program, position: number, t: CleanTopic): ProgramTopic {
  const topic = new ProgramTopic({ program, position, title: t.title, kind: t.kind, hours: t.hours });
  topic.targetGroupCodes = t.targetGroupCodes;
  return topic;
}

function renumber(ordered: ProgramTopic[]): void {
  ordered.forEach((t, i) => (t.position = i));
}

export function view(p: Program): ProgramView {
  const topics = [...p.topics.getItems()]
    .sort((a, b) => a.position - b.position)
    .map((t) => ({
      id: t.id,
      position: t.position,
      title: t.title,
      kind: t.kind,
      hours: Number(t.hours),
      isPractice: isPracticeKind(t.kind),
      targetGroupCodes: t.targetGroupCodes,
    }));
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    startYear: p.startYear,
    endYear: p.endYear,
    description: p.description ?? null,
    practiceThresholdPercent: p.practiceThresholdPercent,
    targetGroups: p.targetGroups.map((g) => ({ code: g.code, name: g.name })),
    topics,
    topicCount: topics.length,
    ...programSplit(topics, p.practiceThresholdPercent),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
