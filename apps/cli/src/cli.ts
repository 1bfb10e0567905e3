import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, DatabaseServer, loadConfig, startDatabaseServer } from '@enlace/core';
import { ReferenceDataLoader } from '@enlace/catalog';
import { parseArgs, UsageError, USAGE } from './args';
import { CliIo, line } from './cli-io';
import { CliModule } from './cli.module';
import { PreparedCommand } from './commands/command';
import { prepareGenerate } from './commands/generate.command';
import { prepareImport } from './commands/import.command';
import { prepareExport } from './commands/export.command';
import { prepareGaps } from './commands/gaps.command';
import { prepareRanking } from './commands/ranking.command';
import { CliFailure, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './cli-failure';

export interface RunCliOptions {
  /** Overrides DATABASE_URL (tests pass their cloned database). */
  databaseUrl?: string;
  env?: Record<string, string | undefined>;
  stdout?: CliIo['stdout'];
  stderr?: CliIo['stderr'];
}

type Preparer = (args: ReturnType<typeof parseArgs>, io: CliIo) => PreparedCommand | Promise<PreparedCommand>;
const COMMANDS: Readonly<Record<string, Preparer>> = {
  generate: prepareGenerate,
  import: prepareImport,
  export: prepareExport,
  gaps: prepareGaps,
  ranking: prepareRanking,
};

function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError || e instanceof ConfigError) return EXIT_USAGE;
  if (e instanceof CliFailure) return e.exitCode;
  return EXIT_FAILED;
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (
    msg
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ') || 'unknown error'
  );
}

/**
 * Runs one CLI command in-process and resolves to its exit code. Starts the database like the API
 * does (DATABASE_URL or the embedded server), migrates it, loads the reference data, runs the
 * command and always stops the embedded server again.
 */
export async function runCli(argv: readonly string[], opts: RunCliOptions = {}): Promise<number> {
  const io: CliIo = { stdout: opts.stdout ?? process.stdout, stderr: opts.stderr ?? process.stderr };
  let prepared: PreparedCommand;
  let config: AppConfig;
  try {
    const args = parseArgs(argv);
    if (!args.command || args.options.has('help') || args.command === 'help') {
      line(args.command || args.options.has('help') ? io.stdout : io.stderr, USAGE);
      return args.command || args.options.has('help') ? EXIT_OK : EXIT_USAGE;
    }
    const prepare = COMMANDS[args.command];
    if (!prepare)
      throw new UsageError(`unknown command "${args.command}" (expected one of: ${Object.keys(COMMANDS).join(', ')})`);
    const env = { ...(opts.env ?? process.env) };
    if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
    // Operator batch jobs: no statement timeout (the API's protects interactive requests).
    config = { ...loadConfig(env), statementTimeoutMs: 0 };
    prepared = await prepare(args, io);
  } catch (e) {
    line(io.stderr, `error: ${oneLine(e)}`);
    return exitCodeFor(e);
  }

  let db: DatabaseServer | null = null;
  let app: INestApplicationContext | null = null;
  try {
    db = await startDatabaseServer(config);
    app = await NestFactory.createApplicationContext(CliModule.forRoot(config, db.url), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    await app.get(ReferenceDataLoader).load();
    return await prepared.run(app);
  } catch (e) {
    line(io.stderr, `error: ${oneLine(e)}`);
    return exitCodeFor(e);
  } finally {
    if (app) await app.close().catch((e) => line(io.stderr, `warning: closing the application failed: ${oneLine(e)}`));
    if (db) await db.stop().catch((e) => line(io.stderr, `warning: stopping the database failed: ${oneLine(e)}`));
  }
}
