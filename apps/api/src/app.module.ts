import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, ConfigModule, DatabaseModule } from '@enlace/core';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { AccountsModule } from '@enlace/accounts';
import { MatchingModule } from '@enlace/matching';
import { GapsModule } from '@enlace/gaps';
import { HealthController } from './health/health.controller';
import { StartupService } from './startup.service';
import { graphqlOptions } from './graphql.options';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        CatalogModule,
        SuppliersModule,
        AccountsModule,
        MatchingModule,
        GapsModule,
      ],
      controllers: [HealthController],
      providers: [StartupService],
    };
  }
}
