import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { TrainingClassModel } from '../classes/class.model';
import { ClassesService } from '../classes/classes.service';
import { ImportPreviewRowModel, ImportRowErrorModel, OfficialImportModel } from './import.model';
import { type ImportView, ImportsService } from './imports.service';

@Resolver(() => OfficialImportModel)
export class ImportsResolver {
  constructor(
    private readonly service: ImportsService,
    private readonly classes: ClassesService,
  ) {}

  @Query(() => OfficialImportModel, {
    description:
      'An uploaded import of officials (POST /api/imports/officials) with its dry-run report; poll it while ANALYSING or ' +
      'COMMITTING to show progress. Refused with `import/not_found` for an unknown id (administrators).',
  })
  officialImport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The import’s id.' }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => OfficialImportModel, {
    description:
      'Writes a READY import in one transaction: creates and updates officials and enrols them into the class (seats first, ' +
      'then the waitlist in file order). Committing the same file again changes nothing. Refused with `import/has_errors`, ' +
      '`import/not_ready` or `import/already_committed` (administrators).',
  })
  commitOfficialImport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The import’s id.' }) id: string) {
    return this.service.commit(user, id);
  }

  @ResolveField('class', () => TrainingClassModel, { nullable: true, description: 'The class the officials are enrolled into.' })
  trainingClass(@CurrentUser() user: AuthUser, @Parent() i: ImportView) {
    return this.classes.get(user, i.classId).catch(() => null);
  }

  @ResolveField(() => [ImportRowErrorModel], { description: 'Row errors, ordered by row, then column.' })
  errors(
    @Parent() i: ImportView,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 200, description: 'How many errors (at most 1000).' }) first: number | null,
  ) {
    return this.service.errors(i.id, first ?? 200);
  }

  @ResolveField(() => [ImportPreviewRowModel], { description: 'The file’s rows in order, with what committing each will do.' })
  preview(
    @Parent() i: ImportView,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'How many rows (at most 1000).' }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0, description: 'Rows to skip.' }) offset: number | null,
    @Args('onlyErrors', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Only rows with errors.' }) onlyErrors: boolean | null,
  ) {
    return this.service.preview(i.id, first ?? 50, offset ?? 0, onlyErrors ?? false);
  }
}
