import 'reflect-metadata';
import { runCli } from './cli';

runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    console.error(`error: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  });
