import { INestApplicationContext } from '@nestjs/common';

/** A command whose arguments were checked; `run` gets the started application context. */
export interface PreparedCommand {
  run(app: INestApplicationContext): Promise<number>;
}
