import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { AccessTokenService } from './common/auth/access-token.service';
import { subscriptionAuth } from './common/auth/subscription-auth';
import { ClassesModule } from './classes/classes.module';
import { CommonModule } from './common/common.module';
import { APP_CONFIG, type AppConfig } from './common/config';
import { formatError } from './common/graphql/format-error';
import { loggerModuleParams } from './common/logging';
import { compiledExecutionPlugin } from './common/graphql/compiled-execution';
import { graphqlContext } from './common/graphql/context';
import { complexityPlugin, depthLimitRule } from './common/graphql/limits';
import { ormConfig } from './database/mikro-orm.config';
import { EnrollmentModule } from './enrollment/enrollment.module';
import { ExportsModule } from './exports/exports.module';
import { GeoModule } from './geo/geo.module';
import { NominationsModule } from './nominations/nominations.module';
import { PlanningModule } from './planning/planning.module';
import { PollsModule } from './polls/polls.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { LiveModule } from './live/live.module';
import { AttendanceModule } from './attendance/attendance.module';
import { OfficialsModule } from './officials/officials.module';
import { ProgramsModule } from './programs/programs.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        // Request ids, per-request loggers and request lines come from createApp's middleware (common/logging.ts).
        LoggerModule.forRoot(loggerModuleParams(config)),
        MikroOrmModule.forRoot(
          ormConfig({ databaseUrl: config.databaseUrl, poolMax: config.dbPoolMax, connect: config.dbConnect }),
        ),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, AccessTokenService],
          useFactory: (cfg: AppConfig, tokens: AccessTokenService): ApolloDriverConfig => {
            const log = new Logger('GraphQL');
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: cfg.env !== 'production',
              csrfPrevention: true,
              validationRules: [depthLimitRule(cfg.graphql.maxDepth)],
              // No HTTP caching of GraphQL responses: the cache-control plugin's per-field hook is pure overhead here.
              // The compiled-execution plugin answers error-free queries; it must come after the complexity check.
              plugins: [
                ApolloServerPluginCacheControlDisabled(),
                complexityPlugin(cfg.graphql.maxComplexity),
                compiledExecutionPlugin({ enabled: cfg.graphql.jit }),
              ],
              formatError: (formatted, original) => formatError(formatted, original, (e) => log.error(e)),
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  // Token checked on connect and on each subscribe; the socket closes when the token expires.
                  ...subscriptionAuth(tokens),
                },
              },
              context: graphqlContext,
            };
          },
        }),
        HealthModule,
        UsersModule,
        GeoModule,
        OfficialsModule,
        ProgramsModule,
        ClassesModule,
        EnrollmentModule,
        ImportsModule,
        LiveModule,
        AttendanceModule,
        PollsModule,
        NominationsModule,
        PlanningModule,
        ExportsModule,
        AuthModule,
      ],
    };
  }
}
