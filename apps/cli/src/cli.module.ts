import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule } from '@enlace/core';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { ImportsModule } from '@enlace/imports';
import { GapsModule } from '@enlace/gaps';

/** The operator CLI's standalone application: database (migrated on start), catalogue, suppliers, imports. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        CatalogModule,
        SuppliersModule,
        GapsModule,
        ImportsModule,
      ],
    };
  }
}
