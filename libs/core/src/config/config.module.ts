import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './app-config';
import { Clock, SystemClock } from '../time/today';
import { Metrics } from '../observability/metrics';
import { createRootLogger, ROOT_LOGGER } from '../observability/logger';
import { Logger } from 'pino';

@Global()
@Module({})
export class ConfigModule {
  /** `logger`: the process's root logger (main.ts makes one early so start-up is logged too). */
  static forRoot(config: AppConfig, logger: Logger = createRootLogger(config.logLevel)): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: new SystemClock(config.timezone) },
        Metrics,
        { provide: ROOT_LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, Clock, Metrics, ROOT_LOGGER],
    };
  }
}
