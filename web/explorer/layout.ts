// Stable, incremental layout. Positions live in a map that survives redraws: a node keeps its
// place for as long as it stays in view (a date change, a filter, an expansion never move it).
// New nodes start on a ring around a neighbour that is already placed, then fCoSE relaxes them
// while every placed node is held fixed. Math.random is swapped for a seeded generator while a
// layout runs, so the same view draws the same way on every load.
import type cytoscape from 'cytoscape';

export type Point = { x: number; y: number };

/** mulberry32: a small, fast, seeded generator (public domain algorithm). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Runs fn with Math.random replaced by a generator seeded from `seed`. */
function withSeed<T>(seed: string, fn: () => T): T {
  const original = Math.random;
  Math.random = seeded(hash(seed));
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

const RING = 170;

/**
 * Gives every node of `cy` without a stored position a starting point near a placed neighbour
 * (nodes that hang off the same neighbour share out the circle around it, in id order), and
 * lays the new ones out with fCoSE around the fixed rest. `first` names the node to put at the
 * origin when nothing is placed yet. Returns the ids that were new.
 */
export function placeNewNodes(cy: cytoscape.Core, positions: Map<string, Point>, pinned: Set<string>, first: string | undefined): string[] {
  const fresh = cy.nodes().filter((n) => !positions.has(n.id()));
  if (fresh.empty()) {
    cy.nodes().forEach((n) => void n.position({ ...positions.get(n.id())! }));
    return [];
  }
  const placed = new Map(positions);
  if (placed.size === 0 || ![...placed.keys()].some((id) => cy.getElementById(id).nonempty())) {
    const start = first && cy.getElementById(first).nonempty() ? first : fresh.map((n) => n.id()).sort()[0];
    placed.set(start, placed.get(start) ?? { x: 0, y: 0 });
  }
  // Breadth-first from what is placed: each wave of new nodes goes around the node that reaches it.
  let frontier = [...placed.keys()].filter((id) => cy.getElementById(id).nonempty()).sort();
  const newIds: string[] = [];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const anchorId of frontier) {
      const anchor = placed.get(anchorId)!;
      const around = cy
        .getElementById(anchorId)
        .neighborhood('node')
        .map((n) => n.id())
        .filter((id) => !placed.has(id))
        .sort();
      const turn = (hash(anchorId) % 360) * (Math.PI / 180);
      // Enough room on the ring for every label: about 70 px of arc per node.
      const radius = Math.max(RING, (around.length * 70) / (2 * Math.PI));
      around.forEach((id, i) => {
        const angle = turn + (2 * Math.PI * i) / around.length;
        placed.set(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
        newIds.push(id);
        next.push(id);
      });
    }
    frontier = next;
  }
  // Nodes not connected to anything placed (rare: a filter cut their link) go in a row below.
  const bottom = Math.max(0, ...[...placed.values()].map((p) => p.y)) + RING;
  fresh
    .filter((n) => !placed.has(n.id()))
    .map((n) => n.id())
    .sort()
    .forEach((id, i) => {
      placed.set(id, { x: i * 120, y: bottom });
      newIds.push(id);
    });

  cy.nodes().forEach((n) => void n.position({ ...placed.get(n.id())! }));
  const fixed = cy
    .nodes()
    .filter((n) => positions.has(n.id()) || pinned.has(n.id()))
    .map((n) => ({ nodeId: n.id(), position: { ...placed.get(n.id())! } }));
  relax(
    cy,
    fixed,
    `${cy
      .nodes()
      .map((n) => n.id())
      .sort()
      .join(',')}`,
  );
  // A constrained layout may shift by a fraction of a pixel: put the fixed nodes back exactly.
  for (const f of fixed) (cy.getElementById(f.nodeId) as cytoscape.NodeSingular).position({ ...f.position });
  cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));
  return newIds;
}

/** Re-lays every node that is not pinned, from where it stands ("Tidy up"). */
export function relayout(cy: cytoscape.Core, positions: Map<string, Point>, pinned: Set<string>): void {
  const fixed = cy
    .nodes()
    .filter((n) => pinned.has(n.id()))
    .map((n) => ({ nodeId: n.id(), position: { ...(n as cytoscape.NodeSingular).position() } }));
  relax(
    cy,
    fixed,
    `tidy:${cy
      .nodes()
      .map((n) => n.id())
      .sort()
      .join(',')}`,
  );
  for (const f of fixed) (cy.getElementById(f.nodeId) as cytoscape.NodeSingular).position({ ...f.position });
  cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));
}

function relax(cy: cytoscape.Core, fixed: { nodeId: string; position: Point }[], seed: string): void {
  if (cy.nodes().length < 2 || fixed.length === cy.nodes().length) return;
  withSeed(seed, () =>
    cy
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: false,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 25000,
        idealEdgeLength: () => 190,
        edgeElasticity: () => 0.3,
        gravity: 0.1,
        gravityRange: 5,
        numIter: 2500,
        fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
      } as unknown as cytoscape.LayoutOptions)
      .run(),
  );
}
