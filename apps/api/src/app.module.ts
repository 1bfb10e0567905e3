import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { APP_CONFIG, AppConfig, ConfigModule, DatabaseModule, Metrics, ROOT_LOGGER } from '@enlace/core';
import { Logger } from 'pino';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { AccountsModule } from '@enlace/accounts';
import { MatchingModule } from '@enlace/matching';
import { GapsModule } from '@enlace/gaps';
import { NotificationsModule } from '@enlace/notifications';
import { ImportsModule } from '@enlace/imports';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { StartupService } from './startup.service';
import { graphqlOptions } from './graphql.options';

/** The bounded contexts; their resolvers make up the GraphQL schema (see schema/print-schema.ts). */
export const FEATURE_MODULES = [
  CatalogModule,
  SuppliersModule,
  AccountsModule,
  MatchingModule,
  GapsModule,
  NotificationsModule,
  ImportsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger?: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, Metrics, ROOT_LOGGER],
          useFactory: (c: AppConfig, metrics: Metrics, logger: Logger) => graphqlOptions(c, metrics, logger),
        }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController, MetricsController],
      providers: [StartupService],
    };
  }
}
