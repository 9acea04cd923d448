import { Module } from '@nestjs/common';
import { ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

@Module({
  providers: [ProgramsService, ProgramsResolver],
  exports: [ProgramsService],
})
export class ProgramsModule {}
