import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';

/** Liveness and database status for load balancers and the launcher. */
@Controller('health')
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async health(@Res() res: Response) {
    const started = process.hrtime.bigint();
    let database: 'up' | 'down' = 'up';
    try {
      await this.em.getConnection().execute('select 1');
    } catch {
      database = 'down';
    }
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    res
      .status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: database === 'up' ? 'ok' : 'degraded', database, databaseLatencyMs: Math.round(latencyMs * 10) / 10 });
  }
}
