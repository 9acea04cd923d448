import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ClassSession } from '../classes/class.entity';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, forbidden, ValidationError, type FieldReason } from '../common/errors';
import { isUuid } from '../geo/geo.service';
import { type LoadedSession, SessionAccessService } from '../live/session-access.service';
import { User } from '../users/user.entity';
import type { CreatePollInput } from './dto/poll.input';
import { PollEventsService, type PollSnapshot } from './poll-events.service';
import { Poll, PollChoice, PollOption } from './poll.entity';
import { PollStatus } from './poll.enums';
import type { PollModel, SessionPollsModel } from './poll.model';
import { validatePoll } from './poll.validation';

/** What the caller may do with a session's polls. */
interface PollAccess {
  /** Ask and close polls, see voters (administrators, lecturers of the class). */
  manage: boolean;
  /** Vote (trainees holding a seat in the class). */
  vote: boolean;
}

/**
 * Polls asked during class sessions, with live results. Access follows the live room (`SessionAccessService`):
 * administrators and lecturers of the class ask and close polls and see who voted what (unless the poll is anonymous);
 * trainees with a seat vote while a poll is open and see the counts; coordinators whose commune has a trainee in the
 * class read the counts; everyone else gets `auth/forbidden`. Every change is published to `pollUpdated`.
 */
@Injectable()
export class PollsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SessionAccessService,
    private readonly events: PollEventsService,
  ) {}

  /** The session's polls, newest first, with the caller's abilities. */
  async sessionPolls(user: AuthUser, sessionId: string): Promise<SessionPollsModel> {
    const session = await this.access.session(sessionId);
    const can = await this.accessOf(user, session);
    const polls = await this.em.fork().find(Poll, { session: session.id }, { populate: ['options', 'createdBy'], orderBy: { createdAt: 'desc', id: 'desc' } });
    const snapshots = await this.snapshots(polls);
    return { sessionId: session.id, canManage: can.manage, canVote: can.vote, polls: snapshots.map((s) => view(s, user.id, can.manage)) };
  }

  /** Asks a new poll in the session (administrators, lecturers of the class). */
  async create(user: AuthUser, input: CreatePollInput): Promise<PollModel> {
    const session = await this.access.session(input.sessionId);
    const can = await this.accessOf(user, session);
    if (!can.manage) throw forbidden('asking a poll');
    const { value, fields } = validatePoll({ question: input.question, options: input.options });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const pollId = await this.em.transactional(async (tx) => {
      const poll = new Poll(tx.getReference(ClassSession, session.id), value.question, tx.getReference(User, user.id));
      poll.allowMultiple = input.allowMultiple ?? false;
      poll.anonymous = input.anonymous ?? false;
      value.options.forEach((label, i) => poll.options.add(new PollOption(poll, i, label)));
      tx.persist(poll);
      await tx.flush();
      return poll.id;
    });
    return this.publish(await this.snapshot(this.em.fork(), pollId), user, true);
  }

  /**
   * Records the caller's ballot (trainees with a seat, while the poll is open); a second vote replaces the first.
   * Refuses `poll/closed`, and `validation/invalid_input` on `optionIds` (none, several on a one-choice poll, or an
   * option of another poll).
   */
  async vote(user: AuthUser, pollId: string, optionIds: string[]): Promise<PollModel> {
    const poll = await this.poll(pollId);
    const can = await this.accessOf(user, poll.session);
    if (!can.vote) throw forbidden('voting in this poll');
    if (poll.status !== PollStatus.OPEN) throw closed();
    const chosen = [...new Set(optionIds)];
    const own = new Set(poll.options.getItems().map((o) => o.id));
    let reason: FieldReason | null = null;
    if (!chosen.length) reason = 'required';
    else if (chosen.some((id) => !own.has(id))) reason = 'invalid_value';
    else if (!poll.allowMultiple && chosen.length > 1) reason = 'too_long';
    if (reason) throw new ValidationError({ optionIds: reason });
    const snapshot = await this.em.transactional(async (tx) => {
      // Bumping the version locks the poll row: votes on one poll run one after the other, a vote after the close finds
      // nothing to update, and the results read below (same transaction) are exactly those of this version.
      const bumped = await tx.execute<{ version: number }[]>(
        `update poll set version = version + 1, updated_at = now() where id = ? and status = 'OPEN' returning version`,
        [poll.id],
      );
      if (!bumped.length) throw closed();
      const [ballot] = await tx.execute<{ id: string }[]>(
        `insert into poll_ballot (id, poll_id, user_id, created_at, updated_at) values (gen_random_uuid(), ?, ?, now(), now())
         on conflict (poll_id, user_id) do update set updated_at = now() returning id`,
        [poll.id, user.id],
      );
      await tx.execute('delete from poll_choice where ballot_id = ?', [ballot!.id]);
      for (const optionId of chosen) await tx.execute('insert into poll_choice (ballot_id, option_id) values (?, ?)', [ballot!.id, optionId]);
      return this.snapshot(tx, poll.id);
    });
    return this.publish(snapshot, user, false);
  }

  /** Closes an open poll (administrators, lecturers of the class): the results are final. `poll/closed` if it already is. */
  async close(user: AuthUser, pollId: string): Promise<PollModel> {
    const poll = await this.poll(pollId);
    const can = await this.accessOf(user, poll.session);
    if (!can.manage) throw forbidden('closing a poll');
    const snapshot = await this.em.transactional(async (tx) => {
      // The update waits for votes in flight (they hold the row lock), so every vote counted is in the final results.
      const updated = await tx.execute<{ id: string }[]>(
        `update poll set status = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now() where id = ? and status = 'OPEN' returning id`,
        [poll.id],
      );
      if (!updated.length) throw closed();
      return this.snapshot(tx, poll.id);
    });
    return this.publish(snapshot, user, true);
  }

  /**
   * The session's poll changes for one subscriber, checked like sessionPolls when subscribing. Each event carries the
   * poll with fresh counts, cut to what this subscriber may see.
   */
  async subscribe(user: AuthUser, sessionId: string) {
    const session = await this.access.session(sessionId);
    const can = await this.accessOf(user, session);
    return this.events.iterator(session.id, (s) => view(s, user.id, can.manage));
  }

  /** Who may do what with the session's polls; `auth/forbidden` for those who may not even read them. */
  private async accessOf(user: AuthUser, session: LoadedSession): Promise<PollAccess> {
    const classId = session.trainingClass.id;
    switch (user.role) {
      case Role.ADMIN:
        return { manage: true, vote: false };
      case Role.LECTURER:
        if ((await this.access.teaches(user, session)) || (await this.access.teachesClass(user, classId))) return { manage: true, vote: false };
        break;
      case Role.TRAINEE:
        if (await this.access.seated(user, classId)) return { manage: false, vote: true };
        break;
      case Role.COORDINATOR:
        if (await this.access.communeSeated(user, classId)) return { manage: false, vote: false };
        break;
    }
    throw forbidden('reading the polls of a session you neither teach, attend nor observe');
  }

  private async poll(pollId: string): Promise<Poll> {
    const poll = isUuid(pollId)
      ? await this.em.fork().findOne(Poll, { id: pollId }, { populate: ['options', 'session.trainingClass', 'session.lecturer'] })
      : null;
    if (!poll) throw new AppError(ErrorCode.PollNotFound, `No poll with id ${pollId}.`);
    return poll;
  }

  /** The poll as it stands in `em` (inside a transaction: as of its version). */
  private async snapshot(em: EntityManager, pollId: string): Promise<PollSnapshot> {
    const poll = await em.findOneOrFail(Poll, { id: pollId }, { populate: ['options', 'createdBy'], refresh: true });
    const [snapshot] = await this.snapshots([poll], em);
    return snapshot!;
  }

  /** Publishes the poll to the session's subscribers and returns the caller's view of it. */
  private publish(snapshot: PollSnapshot, user: AuthUser, manage: boolean): PollModel {
    this.events.changed(snapshot);
    return view(snapshot, user.id, manage);
  }

  /** Counts and ballots of the polls (one query for all of them). */
  private async snapshots(polls: Poll[], em: EntityManager = this.em.fork()): Promise<PollSnapshot[]> {
    if (!polls.length) return [];
    const choices = await em.find(PollChoice, { ballot: { poll: { $in: polls.map((p) => p.id) } } }, { populate: ['ballot.user'], orderBy: { ballot: { createdAt: 'asc' } } });
    return polls.map((p) => {
      const ballots = new Map<string, PollSnapshot['ballots'][number]>();
      for (const c of choices) {
        if (c.ballot.poll.id !== p.id) continue;
        const u = c.ballot.user;
        let b = ballots.get(u.id);
        if (!b) ballots.set(u.id, (b = { userId: u.id, displayName: u.displayName, optionIds: [] }));
        b.optionIds.push(c.option.id);
      }
      return {
        id: p.id,
        sessionId: p.session.id,
        question: p.question,
        allowMultiple: p.allowMultiple,
        anonymous: p.anonymous,
        status: p.status,
        createdByName: p.createdBy.displayName,
        createdAt: p.createdAt.toISOString(),
        closedAt: p.closedAt ? p.closedAt.toISOString() : null,
        version: p.version,
        options: p.options.getItems().map((o) => ({ id: o.id, label: o.label, position: o.position })).sort((a, b) => a.position - b.position),
        ballots: [...ballots.values()],
      };
    });
  }
}

/** One viewer's cut of a poll: their own choices, and voters only for those who run the class on a named poll. */
export function view(s: PollSnapshot, userId: string, canSeeVoters: boolean): PollModel {
  const named = canSeeVoters && !s.anonymous;
  return {
    id: s.id,
    sessionId: s.sessionId,
    question: s.question,
    allowMultiple: s.allowMultiple,
    anonymous: s.anonymous,
    status: s.status as PollStatus,
    createdByName: s.createdByName,
    createdAt: new Date(s.createdAt),
    closedAt: s.closedAt ? new Date(s.closedAt) : null,
    version: s.version,
    options: s.options.map((o) => {
      const chose = s.ballots.filter((b) => b.optionIds.includes(o.id));
      return {
        ...o,
        votes: chose.length,
        voters: named
          ? chose
              .map((b) => ({ userId: b.userId, displayName: b.displayName }))
              .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi') || a.userId.localeCompare(b.userId))
          : null,
      };
    }),
    totalVoters: s.ballots.length,
    myOptionIds: s.ballots.find((b) => b.userId === userId)?.optionIds ?? [],
  };
}

const closed = () => new AppError(ErrorCode.PollClosed, 'This poll is closed: it takes no more votes.');
