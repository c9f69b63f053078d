#!/usr/bin/env -S node --max-semi-space-size=4
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine, USAGE, UsageError } from './args';
import { hasMemoryFlag, rerunWithMemoryFlag } from './signals';

/**
 * kg-load's entry point. It answers --help, --version and usage errors before it imports the
 * driver and the rest (commands.ts), so those answer at once; it runs itself again with the memory
 * flag when started without it (see signals.ts).
 */
function version(): string {
  // dist/src/load/cli.js or src/load/cli.ts: package.json is in the first folder above that has one.
  let dir = __dirname;
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return `kg-load ${(JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version}`;
  }
  return 'kg-load (unknown version)';
}

export async function main(argv: string[]): Promise<number> {
  let cmd;
  try {
    cmd = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message} (see kg-load --help)\n`);
    return 2;
  }
  if (cmd.name === 'help') {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (cmd.name === 'version') {
    console.log(version());
    return 0;
  }
  if (require.main === module && !hasMemoryFlag()) return rerunWithMemoryFlag(__filename, argv);
  const { runCommand } = await import('./commands');
  return runCommand(cmd);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message ?? e}\n`);
      process.exit(1);
    },
  );
}
