import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { start, status } from '../../src/localdb/launcher';
import { errorLines, runBuilt } from '../support/processes';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * With NEO4J_URI set, the tests run against that server and no local test instance exists, so the
 * tests that inspect the local test instance do not apply: they are skipped, and say why.
 */
const NO_LOCAL_INSTANCE = !!process.env.NEO4J_URI;
const LOCAL_ONLY = ' (skipped with NEO4J_URI: no local test instance)';

describe('local Neo4j launcher', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('without Java and Maven, says in one message what to install and the alternatives', async () => {
    // A PATH with node and nothing else, and a home with no downloaded jars.
    const bin = path.join(scratch, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const env = { HOME: scratch, PATH: bin, NEO4J_LOCAL_HOME: path.join(scratch, 'home'), NEO4J_LOCAL_PORT: String(await freePort()) };
    for (const entry of ['src/localdb/cli.js', 'src/main.js']) {
      const done = await runBuilt(entry, entry.endsWith('cli.js') ? ['start'] : [], env).exited;
      expect(done.code, `${entry}: ${done.stderr}`).not.toBe(0);
      const lines = errorLines(done.stderr);
      expect(lines, `${entry}: ${done.stderr}`).toHaveLength(1);
      expect(done.stderr).not.toMatch(/^\s+at /m);
      expect(lines[0]).toMatch(/^error: The local Neo4j cannot start: Java \(java\) was not found on PATH, and Maven \(mvn\)/);
      expect(lines[0]).toContain('Install Java 17 and Maven');
      expect(lines[0]).toContain('NEO4J_URI');
      expect(lines[0]).toContain('docker compose up');
    }
    // Nothing was written for an instance that could not start.
    expect(fs.existsSync(path.join(scratch, 'home'))).toBe(false);
  });

  it.skipIf(NO_LOCAL_INSTANCE)(`a second start while it runs is harmless and reports that it did not start it${LOCAL_ONLY}`, async () => {
    const local = inject('neo4jLocal');
    expect(local, 'the global setup provides the local test instance').toBeTruthy();
    const target = inject('neo4j');
    const before = await status(local);
    expect(before.running).toBe(true);
    const again = await start(local, target);
    expect(again.startedHere).toBe(false);
    expect(again.pid).toBe(before.pid);
  });

  it.skipIf(NO_LOCAL_INSTANCE)(`npm run neo4j:status reports the running instance${LOCAL_ONLY}`, async () => {
    const local = inject('neo4jLocal');
    expect(local, 'the global setup provides the local test instance').toBeTruthy();
    const done = await runBuilt('src/localdb/cli.js', ['status'], {
      ...process.env,
      NEO4J_LOCAL_HOME: local.home,
      NEO4J_LOCAL_INSTANCE: path.basename(local.instanceDir),
      NEO4J_LOCAL_PORT: String(local.port),
    }).exited;
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`^running: bolt://127\\.0\\.0\\.1:${local.port} \\(pid \\d+\\)`));
  });

  it.skipIf(NO_LOCAL_INSTANCE)(
    `writes a configuration with loopback Bolt, the chosen port, data on disk and bounded memory${LOCAL_ONLY}`,
    () => {
      const local = inject('neo4jLocal');
      expect(local, 'the global setup provides the local test instance').toBeTruthy();
      const conf = fs.readFileSync(path.join(local.instanceDir, 'conf', 'neo4j.conf'), 'utf8');
      expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${local.port}`);
      expect(conf).toContain(`server.directories.data=${path.join(local.instanceDir, 'data')}`);
      // Whoever started the instance chose its memory; the sizes are always explicit.
      expect(conf).toMatch(/^server\.memory\.heap\.max_size=\d+[kmg]$/m);
      expect(conf).toMatch(/^server\.memory\.pagecache\.size=\d+[kmg]$/m);
      expect(conf).toMatch(/^db\.memory\.transaction\.total\.max=\d+m$/m);
    },
  );
});
