import { ConfigError, loadConfig } from '../config';
import { LocalNeo4jError, NEO4J_VERSION, start, status, stop } from './launcher';

/** `npm run neo4j:start|stop|status`: manage the local Neo4j by hand (npm start and npm test do it themselves). */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  switch (command) {
    case 'start': {
      const res = await start(config.local, config.localTarget, log);
      console.log(
        res.startedHere
          ? `Neo4j ${NEO4J_VERSION} is running on bolt://127.0.0.1:${res.port} (pid ${res.pid}).`
          : `Neo4j was already running on bolt://127.0.0.1:${res.port} (pid ${res.pid}); nothing to do.`,
      );
      return 0;
    }
    case 'stop':
      console.log((await stop(config.local)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const s = await status(config.local);
      console.log(
        s.running ? `running: bolt://127.0.0.1:${s.port} (pid ${s.pid}), data in ${s.instanceDir}` : `stopped (data in ${s.instanceDir})`,
      );
      return s.running ? 0 : 3;
    }
    default:
      console.error('usage: localdb/cli.js start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ConfigError || e instanceof LocalNeo4jError) console.error(`error: ${e.message}`);
    else console.error(e);
    process.exit(1);
  },
);
