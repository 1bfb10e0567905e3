#!/usr/bin/env node
// npm run migration:run | migration:revert | migration:generate -- <Name>
// run/revert work on DATABASE_URL or the embedded database (started and stopped here).
// generate drafts a new, empty, timestamped migration and registers it in migrations/index.ts:
// the schema is written by hand in SQL (generated columns, GiST/trigram indexes, checks).
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const migrationsDir = path.join(root, 'libs/core/src/database/migrations');
const [command, name] = process.argv.slice(2);

async function main() {
  if (command === 'generate') {
    if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
      throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
    const ts = Date.now();
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = path.join(migrationsDir, `${ts}-${kebab}.ts`);
    const cls = `${name}${ts}`;
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  async up(q: QueryRunner): Promise<void> {\n    await q.query(\`\`);\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n    await q.query(\`\`);\n  }\n}\n`,
    );
    const index = path.join(migrationsDir, 'index.ts');
    let src = fs.readFileSync(index, 'utf8');
    src = `import { ${cls} } from './${ts}-${kebab}';\n` + src;
    src = src.replace(
      /export const MIGRATIONS = \[([\s\S]*?)\];/,
      (_m, list) => `export const MIGRATIONS = [${list.trim().replace(/,?\s*$/, '')}, ${cls}];`,
    );
    fs.writeFileSync(index, src);
    console.log(`created ${path.relative(root, file)} and registered it in migrations/index.ts`);
    return;
  }
  if (command !== 'run' && command !== 'revert') throw new Error('usage: migration.js run|revert|generate <Name>');
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  require('tsconfig-paths').register({
    baseUrl: root,
    paths: require(path.join(root, 'tsconfig.json')).compilerOptions.paths,
  });
  const core = require(path.join(root, 'libs/core/src'));
  const { DataSource } = require('typeorm');
  const config = core.loadConfig();
  const server = await core.startDatabaseServer(config);
  core.installPgTypeParsers();
  const ds = new DataSource({
    type: 'postgres',
    url: server.url,
    migrations: core.MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
  });
  try {
    await ds.initialize();
    if (command === 'run') {
      const done = await core.runMigrations(ds);
      console.log(done.length ? `applied: ${done.join(', ')}` : 'no pending migrations');
    } else {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e.message || String(e));
  process.exit(1);
});
