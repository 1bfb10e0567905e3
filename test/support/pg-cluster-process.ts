// Runs an embedded PostgreSQL cluster in its own process (the package is an ES module, which Jest's
// sandbox cannot import). Prints "ready <url>" once up; SIGTERM stops the cluster and exits.
import { startEmbeddedPostgres } from '../../libs/core/src/database/database-server';

async function main() {
  const [dir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dir, port: Number(port), database: 'enlace' });
  process.stdout.write(`ready ${server.url}\n`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`${e?.message ?? e}\n`);
  process.exit(1);
});
