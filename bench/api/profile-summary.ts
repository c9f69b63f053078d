import fs from 'node:fs';

/**
 * `node dist/bench/api/profile-summary.js FILE.cpuprofile [top]`: where a server's CPU time went, from
 * a `node --cpu-prof` profile (BENCH_PROFILE=api npm run bench:api writes one per run). Prints self
 * time by package (node_modules/<pkg>, our src/, node internals, idle, GC) and the top functions.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, fn: string): string {
  if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') return fn;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (/\/dist\/src\//.test(url)) return `src/${url.split('/dist/src/')[1].split('/')[0]}`;
  if (/\/dist\/bench\//.test(url)) return 'bench';
  if (url.startsWith('node:') || url === '') return 'node internals';
  return url;
}

function main(file: string, top: number): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byArea = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const a = area(url, functionName);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const f = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`;
    byFn.set(f, (byFn.get(f) ?? 0) + us);
  }
  const busy = total - (byArea.get('(idle)') ?? 0);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)`);
  console.log('\nself time by area:');
  for (const [a, us] of [...byArea]
    .filter(([a]) => a !== '(idle)')
    .sort((x, y) => y[1] - x[1])
    .slice(0, top))
    console.log(`${pct(us)}  ${a}`);
  console.log('\ntop functions (self time):');
  for (const [f, us] of [...byFn]
    .filter(([f]) => !f.startsWith('(idle)'))
    .sort((x, y) => y[1] - x[1])
    .slice(0, top))
    console.log(`${pct(us)}  ${f}`);
}

main(process.argv[2], Number(process.argv[3] || 25));
