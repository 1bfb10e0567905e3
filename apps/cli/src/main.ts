import 'reflect-metadata';
import { runCli } from './cli';

// Exit explicitly with the command's code (the embedded database's exit hook would otherwise
// end the process with 0), after stdout and stderr are flushed.
function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

runCli(process.argv.slice(2))
  .then(exit)
  .catch((e) => {
    console.error(`error: ${e instanceof Error ? e.message : e}`);
    exit(1);
  });
