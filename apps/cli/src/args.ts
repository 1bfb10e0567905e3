/** Minimal argv parsing for the operator CLI (no dependencies): positionals, --flag, --key value, --key=value. */
export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options that never take a value. */
const BOOLEAN_FLAGS = new Set(['bom', 'dry-run', 'help', 'quiet']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) options.set(key, a.slice(eq + 1));
      else if (BOOLEAN_FLAGS.has(key)) options.set(key, true);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.set(key, argv[++i]);
      else throw new UsageError(`option --${key} needs a value`);
    } else if (a === '-h') {
      options.set('help', true);
    } else {
      positionals.push(a);
    }
  }
  return { command: positionals.shift() ?? null, positionals, options };
}

/** Rejects options the command does not know. */
export function checkOptions(args: ParsedArgs, allowed: readonly string[]): void {
  for (const k of args.options.keys()) {
    if (!allowed.includes(k) && k !== 'help')
      throw new UsageError(
        `unknown option --${k} for "${args.command}" (allowed: ${allowed.map((a) => `--${a}`).join(', ')})`,
      );
  }
}

export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  if (v === true) throw new UsageError(`option --${key} needs a value`);
  return v;
}

/** A flag such as --bom: true when given; it takes no value. */
export function flagOption(args: ParsedArgs, key: string): boolean {
  const v = args.options.get(key);
  if (v !== undefined && v !== true) throw new UsageError(`option --${key} takes no value, got "${v}"`);
  return v === true;
}

export function intOption(args: ParsedArgs, key: string, min: number, max: number): number | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  const clean = v.replace(/[_,]/g, '');
  if (!/^\d+$/.test(clean)) throw new UsageError(`--${key} must be a whole number, got "${v}"`);
  const n = Number(clean);
  if (n < min || n > max) throw new UsageError(`--${key} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  generate --suppliers <n> [--seed <s>] [--source <name>]
      Adds n synthetic suppliers (deterministic for a seed; re-running a seed adds nothing).
  import <file> --format denue|enlace [--dry-run] [--report <path>]
      Imports suppliers from an INEGI DENUE extract or from the enlace CSV template.
  export --format csv [--out <path>] [--region <REGION>] [--process <code>] [--bom]
      Writes suppliers in the enlace CSV template (stdout when --out is not given); --bom starts it
      with a UTF-8 byte-order mark, so Excel shows accents (it reads a CSV without one as ANSI).
  gaps [--region <REGION>] [--format csv|md] [--radius <km>] [--out <path>]
      Writes capability gaps (all regions unless --region; CSV by default, Markdown a table per region).
  gaps snapshot [--radius <km>]
      Records today's capability gaps (re-running the same day replaces them); see the gapHistory query.
  ranking rebase
      Moves the ranking's static score bounds to today (they loosen as they age; e.g. weekly).

Runs against DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (default .data/).`;
