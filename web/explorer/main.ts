// The explorer page (/explore): search an entity, draw its neighborhood with Cytoscape.js, filter
// by relationship type, inspect any node or statement, expand nodes, and move the date to see
// control and claims change. The layout is stable (layout.ts), the state lives in the URL
// (url-state.ts), and the page talks only to this API's /graphql (api.ts).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import {
  ENTITY,
  EntityDetail,
  graphql,
  GraphView,
  NEIGHBORHOOD,
  SEARCH,
  SearchHit,
  STATEMENT,
  StatementDetail,
  ViewEdge,
  ViewNode,
} from './api';
import { el, renderEntity, renderStatement, validity } from './inspector';
import { placeNewNodes, Point, relayout } from './layout';
import { GROUPS, groupOf, STANDING_LEGEND, standingClasses, typeColor, typeDescription } from './palette';
import { readState, ViewState, writeState } from './url-state';
import './explorer.css';

cytoscape.use(fcose);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const searchForm = $<HTMLFormElement>('search');
const searchText = $<HTMLInputElement>('search-text');
const results = $<HTMLUListElement>('search-results');
const depthSelect = $<HTMLSelectElement>('depth');
const slider = $<HTMLInputElement>('as-of-slider');
const ticks = $<HTMLDivElement>('as-of-ticks');
const dateInput = $<HTMLInputElement>('as-of-date');
const allDates = $<HTMLInputElement>('all-dates');
const statusLine = $<HTMLParagraphElement>('status');
const typeFilter = $<HTMLDivElement>('type-filter');
const kindLegend = $<HTMLUListElement>('kind-legend');
const standingLegend = $<HTMLUListElement>('standing-legend');
const details = $<HTMLDivElement>('details');
const edgeList = $<HTMLUListElement>('edge-list');
const panel = $<HTMLElement>('panel');
const panelToggle = $<HTMLButtonElement>('panel-toggle');
const undoButton = $<HTMLButtonElement>('undo');
const hiddenLine = $<HTMLParagraphElement>('hidden-nodes');

// The slider counts days from FIRST_DAY; the date input shows the same day.
const FIRST_DAY = Date.UTC(1988, 0, 1);
const DAY_MS = 86_400_000;
const dayToIso = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
const isoToDay = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
const LAST_DAY = isoToDay(new Date().toISOString().slice(0, 10));

const initial = readState(window.location.search);
const state = {
  centres: initial.centres,
  asOf: initial.asOf,
  depth: initial.depth,
  hiddenTypes: new Set(initial.hiddenTypes),
  hiddenNodes: new Set(initial.hiddenNodes),
  pinned: new Set(initial.pinned),
  selected: initial.selected,
  seenTypes: new Set<string>(),
  nodes: new Map<string, ViewNode>(),
  edges: new Map<string, ViewEdge>(),
  /** Where each node stands; kept across redraws so nothing jumps (layout.ts). */
  positions: new Map<string, Point>(),
  /** How long the last draws took, for the curious and the tests (ms). */
  timings: { lastRefresh: 0, lastFetch: 0, lastLayout: 0 },
};

const cy = cytoscape({
  container: $('graph'),
  minZoom: 0.15,
  maxZoom: 2.5,
  boxSelectionEnabled: false,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        color: '#1d2330',
        'font-size': 13,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        width: 24,
        height: 24,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1d2330', width: 32, height: 32, 'font-weight': 'bold' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#b07800' } },
    { selector: 'node:selected', style: { 'overlay-color': '#ffb000', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 2.5,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#334',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Edge labels only when zoomed in (colour and the legend say the type before that); the
        // lines of the selected node and a selected line always say their type.
        'min-zoomed-font-size': 12,
      },
    },
    { selector: 'edge.disputed', style: { 'line-style': 'dashed' } },
    { selector: 'edge.unverified', style: { 'line-style': 'dotted' } },
    { selector: 'edge.partisan', style: { width: 1.5 } },
    { selector: 'edge.faded', style: { opacity: 0.35 } },
    // Possibly held on the date drawn: a hollow arrowhead and a hollow dot where it starts, so it reads
    // apart from a certain statement whatever its line style (dashed, dotted) says about its standing.
    {
      selector: 'edge.possible',
      style: {
        'target-arrow-fill': 'hollow',
        'source-arrow-shape': 'circle',
        'source-arrow-fill': 'hollow',
        'source-arrow-color': 'data(color)',
      },
    },
    { selector: 'edge:selected, edge.near', style: { width: 4, 'min-zoomed-font-size': 0, 'z-index': 10 } },
  ],
});
// Tests and curious people can reach the graph from the console.
(window as unknown as { explorer: unknown }).explorer = { cy, state };

function setStatus(text: string, error = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', error);
}

// ---- state, URL and undo -------------------------------------------------------------------

function snapshot(): ViewState {
  return {
    centres: [...state.centres],
    asOf: state.asOf,
    depth: state.depth,
    hiddenTypes: [...state.hiddenTypes].sort(),
    hiddenNodes: [...state.hiddenNodes].sort(),
    pinned: [...state.pinned].sort(),
    selected: state.selected,
  };
}

const undoStack: { view: ViewState; positions: Map<string, Point> }[] = [];

/** Call before a change the user may want to undo: remembers the view and where nodes stood. */
function remember() {
  undoStack.push({ view: snapshot(), positions: new Map(state.positions) });
  if (undoStack.length > 50) undoStack.shift();
  undoButton.disabled = false;
}

/** Writes the state into the address bar: a new history entry for a change, or in place. */
function commit(mode: 'push' | 'replace') {
  const url = `${window.location.pathname}${writeState(snapshot())}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function apply(view: ViewState) {
  state.centres = [...view.centres];
  state.asOf = view.asOf;
  state.depth = view.depth;
  state.hiddenTypes = new Set(view.hiddenTypes);
  state.hiddenNodes = new Set(view.hiddenNodes);
  state.pinned = new Set(view.pinned);
  state.selected = view.selected;
  depthSelect.value = String(view.depth);
  setDate(view.asOf);
}

undoButton.addEventListener('click', () => {
  const last = undoStack.pop();
  undoButton.disabled = undoStack.length === 0;
  if (!last) return;
  apply(last.view);
  state.positions = last.positions;
  commit('push');
  void refresh();
});

window.addEventListener('popstate', () => {
  apply(readState(window.location.search));
  void refresh();
});

// ---- data and drawing ----------------------------------------------------------------------

function allowedTypes(): string[] | null {
  if (state.hiddenTypes.size === 0) return null;
  return RELATIONSHIP_TYPE_NAMES.filter((t) => !state.hiddenTypes.has(t));
}

let generation = 0;

/** Fetches the neighborhood of every expanded centre for the current date and filter, and redraws. */
async function refresh() {
  const mine = ++generation;
  if (state.centres.length === 0) {
    renderPanels();
    return;
  }
  const types = allowedTypes();
  if (types && types.length === 0) {
    setStatus('Every relationship type is filtered out.');
    return;
  }
  setStatus('Loading…');
  const started = performance.now();
  try {
    const views = await Promise.all(
      state.centres.map((id, i) =>
        graphql<{ neighborhood: GraphView }>(NEIGHBORHOOD, { id, depth: i === 0 ? state.depth : 1, types, asOf: state.asOf }),
      ),
    );
    if (mine !== generation) return; // a newer request is under way
    const fetched = performance.now();
    state.nodes.clear();
    state.edges.clear();
    let omitted = 0;
    for (const { neighborhood: v } of views) {
      for (const n of v.nodes) if (!state.hiddenNodes.has(n.id)) state.nodes.set(n.id, n);
      for (const e of v.edges) {
        state.seenTypes.add(e.type);
        if (!state.hiddenNodes.has(e.source) && !state.hiddenNodes.has(e.target)) state.edges.set(e.id, e);
      }
      omitted += v.omittedNodes;
    }
    const layoutMs = draw();
    // The status says "drawn" only once the canvas has painted: two frames after the change.
    // (Selecting an element within the same frame as a large redraw made headless Chromium's
    // software canvas run away with memory; waiting for the paint avoids that too.)
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (mine !== generation) return;
    state.timings = { lastRefresh: performance.now() - started, lastFetch: fetched - started, lastLayout: layoutMs };
    const when = state.asOf ? `as of ${state.asOf}` : 'all dates';
    setStatus(`${state.nodes.size} entities, ${state.edges.size} statements, ${when}${omitted ? ` (${omitted} more not shown)` : ''}.`);
  } catch (e) {
    if (mine === generation) setStatus((e as Error).message, true);
  }
}

let fittedOnce = false;

/** Syncs Cytoscape with state.nodes/edges, places new nodes, and returns the layout time (ms). */
function draw(): number {
  // Positions of nodes that leave the view are kept, so a node that comes back (the date moves
  // back, a type is ticked again) returns to where it stood.
  const nodeIds = new Set(state.nodes.keys());
  let layoutMs = 0;
  let fresh: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const keep = el.group() === 'nodes' ? nodeIds.has(el.id()) : state.edges.has(el.id());
      if (!keep) el.remove();
    });
    for (const n of state.nodes.values()) {
      const group = groupOf(n.labels);
      const style = GROUPS.find((g) => g.group === group)!;
      const data = { id: n.id, name: n.name, kind: n.kind, group, color: style.color, shape: style.shape };
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) existing.data(data);
      else cy.add({ group: 'nodes', data });
      cy.getElementById(n.id).toggleClass('centre', state.centres.includes(n.id)).toggleClass('pinned', state.pinned.has(n.id));
    }
    for (const e of state.edges.values()) {
      const classes = standingClasses(e);
      const label = `${e.type}${classes.includes('unverified') ? ' ?' : ''}`;
      const existing = cy.getElementById(e.id);
      if (existing.nonempty()) existing.classes(classes);
      else
        cy.add({
          group: 'edges',
          data: { id: e.id, source: e.source, target: e.target, type: e.type, label, color: typeColor(e.type) },
          classes,
        });
    }
    const t0 = performance.now();
    fresh = placeNewNodes(cy, state.positions, state.pinned, state.centres[0]);
    layoutMs = performance.now() - t0;
  });
  if (!fittedOnce && cy.nodes().nonempty()) {
    fitReadable();
    fittedOnce = true;
  } else if (fresh.length > 0 && state.selected?.kind === 'node' && cy.getElementById(state.selected.id).nonempty()) {
    cy.animate({ center: { eles: cy.getElementById(state.selected.id) } }, { duration: 200 });
  }
  syncSelection();
  renderPanels();
  return layoutMs;
}

/** Fits the view, but never so far out that labels get too small to read: then centre instead. */
function fitReadable() {
  cy.fit(undefined, 30);
  const readable = window.innerWidth < 700 ? 0.85 : 0.8;
  // A small view is not blown up either: past 1.1 the edge labels would crowd in.
  if (cy.zoom() < readable || cy.zoom() > 1.1) {
    const centre = cy.getElementById(state.centres[0] ?? '');
    cy.zoom(cy.zoom() < readable ? readable : 1.1);
    cy.center(cy.zoom() > 1 || centre.empty() ? undefined : centre);
  }
}

function syncSelection() {
  cy.elements().unselect();
  cy.edges().removeClass('near');
  const sel = state.selected;
  if (!sel) return;
  const target = cy.getElementById(sel.id);
  if (target.nonempty()) {
    target.select();
    if (sel.kind === 'node') target.connectedEdges().addClass('near');
  }
}

// ---- panels: legend, filter, inspector, statement list --------------------------------------

const nameOf = (id: string) => state.nodes.get(id)?.name ?? id;

function renderPanels() {
  renderTypeFilter();
  renderEdgeList();
  void renderInspector();
  hiddenLine.replaceChildren();
  if (state.hiddenNodes.size > 0) {
    const show = el('button', { type: 'button', class: 'link' }, 'show them again');
    show.addEventListener('click', () => {
      remember();
      state.hiddenNodes.clear();
      commit('push');
      void refresh();
    });
    hiddenLine.append(`${state.hiddenNodes.size} hidden: ${[...state.hiddenNodes].join(', ')} · `, show);
  }
}

function renderEdgeList() {
  edgeList.replaceChildren(
    ...[...state.edges.values()].map((e) => {
      const li = document.createElement('li');
      li.dataset.type = e.type;
      li.dataset.id = e.id;
      li.className = standingClasses(e).join(' ');
      li.tabIndex = 0;
      li.textContent = `${nameOf(e.source)} ${e.type} ${nameOf(e.target)} `;
      const dates = document.createElement('span');
      dates.className = 'dates';
      dates.textContent = `(${validity(e)}${e.status && e.status !== 'UNCONTESTED' ? `, ${e.status.toLowerCase()}` : ''}${e.certainty === 'POSSIBLE' ? ', possibly on this date' : ''})`;
      li.append(dates);
      const inspect = () => select({ kind: 'edge', id: e.id });
      li.addEventListener('click', inspect);
      li.addEventListener('keydown', (k) => k.key === 'Enter' && inspect());
      return li;
    }),
  );
}

function renderTypeFilter() {
  const types = [...new Set([...state.seenTypes, ...state.hiddenTypes])].sort();
  typeFilter.replaceChildren(
    ...types.map((t) => {
      const label = document.createElement('label');
      label.title = typeDescription(t);
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = t;
      box.checked = !state.hiddenTypes.has(t);
      box.addEventListener('change', () => {
        remember();
        if (box.checked) state.hiddenTypes.delete(t);
        else state.hiddenTypes.add(t);
        commit('push');
        void refresh();
      });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = typeColor(t);
      label.append(box, swatch, document.createTextNode(t));
      return label;
    }),
  );
}

function renderLegends() {
  kindLegend.replaceChildren(
    ...GROUPS.map((g) => el('li', {}, el('span', { class: `shape shape-${g.shape}`, style: `background: ${g.color}` }), g.label)),
  );
  standingLegend.replaceChildren(
    ...STANDING_LEGEND.map((s) => el('li', { title: s.detail }, el('span', { class: `line ${s.cls}` }), s.label)),
  );
}

let inspected = 0;

async function renderInspector() {
  const mine = ++inspected;
  const sel = state.selected;
  if (!sel) {
    details.replaceChildren(
      el(
        'p',
        { class: 'hint' },
        'Tap a node or a line to inspect it; double-tap a node (or "Expand neighbours") to add its own neighbours.',
      ),
    );
    return;
  }
  try {
    if (sel.kind === 'edge') {
      const { relation } = await graphql<{ relation: StatementDetail }>(STATEMENT, { id: sel.id });
      // The statement as drawn: whether it certainly or only possibly held on the date shown.
      const drawn = { ...relation, certainty: state.edges.get(sel.id)?.certainty ?? null };
      if (mine === inspected) details.replaceChildren(renderStatement(drawn, (id) => inspectNode(id)));
      return;
    }
    const { entity } = await graphql<{ entity: EntityDetail }>(ENTITY, { id: sel.id });
    if (mine !== inspected) return;
    const statements = [...state.edges.values()].filter((e) => e.source === sel.id || e.target === sel.id);
    details.replaceChildren(
      renderEntity(entity, statements, {
        expand: () => expand(sel.id),
        expanded: state.centres.includes(sel.id),
        pin: () => togglePin(sel.id),
        pinned: state.pinned.has(sel.id),
        hide: () => hide(sel.id),
        centre: () => open(sel.id),
        inspectEdge: (id) => select({ kind: 'edge', id }),
        nameOf,
      }),
    );
  } catch (e) {
    if (mine === inspected) details.replaceChildren(el('p', { class: 'error' }, (e as Error).message));
  }
}

// ---- actions ---------------------------------------------------------------------------------

function select(sel: ViewState['selected']) {
  state.selected = sel;
  syncSelection();
  commit('replace');
  void renderInspector();
  if (sel) {
    openPanel(true);
    // A statement picked from the list further down: bring the inspector into view.
    panel.scrollTo({ top: Math.max(0, details.offsetTop - panel.offsetTop - 40) });
  }
}

/** Inspects an entity; one that is not drawn yet is added to the view as a centre. */
function inspectNode(id: string) {
  if (!state.nodes.has(id)) {
    expand(id);
    return;
  }
  select({ kind: 'node', id });
}

function expand(id: string) {
  state.selected = { kind: 'node', id };
  if (state.centres.includes(id)) {
    void renderInspector();
    return;
  }
  remember();
  state.hiddenNodes.delete(id);
  state.centres.push(id);
  commit('push');
  void refresh();
}

function togglePin(id: string) {
  remember();
  if (state.pinned.has(id)) state.pinned.delete(id);
  else state.pinned.add(id);
  cy.getElementById(id).toggleClass('pinned', state.pinned.has(id));
  commit('push');
  void renderInspector();
}

function hide(id: string) {
  remember();
  state.hiddenNodes.add(id);
  state.centres = state.centres.filter((c, i) => i === 0 || c !== id);
  if (state.selected?.id === id) state.selected = null;
  commit('push');
  void refresh();
}

function open(id: string) {
  const had = state.centres.length > 0;
  if (had) remember();
  state.centres = [id];
  state.selected = { kind: 'node', id };
  state.hiddenNodes.delete(id);
  state.positions.clear();
  fittedOnce = false;
  results.replaceChildren();
  searched = '';
  commit(had ? 'push' : 'replace');
  void refresh();
}

function setDate(iso: string | null) {
  state.asOf = iso;
  if (iso) {
    slider.value = String(isoToDay(iso));
    dateInput.value = iso;
  }
  slider.disabled = dateInput.disabled = iso === null;
  allDates.checked = iso === null;
}

/** The panel is a column beside the graph on wide screens and a sheet over it on phones. */
function openPanel(open: boolean) {
  if (!window.matchMedia('(max-width: 760px)').matches && !document.body.classList.contains('panel-closed')) return;
  document.body.classList.toggle('panel-open', open);
  document.body.classList.toggle('panel-closed', !open);
  panelToggle.setAttribute('aria-expanded', String(open));
  panelToggle.textContent = open ? 'Hide panel' : 'Panel';
  cy.resize();
}

panelToggle.addEventListener('click', () => {
  const isOpen = window.matchMedia('(max-width: 760px)').matches
    ? document.body.classList.contains('panel-open')
    : !document.body.classList.contains('panel-closed');
  document.body.classList.toggle('panel-open', !isOpen);
  document.body.classList.toggle('panel-closed', isOpen);
  panelToggle.setAttribute('aria-expanded', String(!isOpen));
  panelToggle.textContent = isOpen ? 'Panel' : 'Hide panel';
  window.setTimeout(() => cy.resize(), 0);
});
panel.addEventListener('transitionend', () => cy.resize());

// ---- search ----------------------------------------------------------------------------------

// The text the results on screen are for, so that typing and Enter do not search twice, and an
// answer that arrives after a newer search started is dropped.
let searched = '';
let typing: number | undefined;

async function search(text: string) {
  window.clearTimeout(typing);
  if (text === searched) return;
  searched = text;
  try {
    const { search: hits } = await graphql<{ search: SearchHit[] }>(SEARCH, { text });
    if (text !== searched) return;
    if (hits.length === 0) setStatus(`Nothing matches "${text}".`);
    results.replaceChildren(
      ...hits.map(({ entity: n, alias }) => {
        const li = document.createElement('li');
        li.tabIndex = 0;
        li.setAttribute('role', 'option');
        li.textContent = n.name;
        if (alias) {
          const other = document.createElement('span');
          other.className = 'alias';
          other.textContent = ` (${alias.name})`;
          li.append(other);
        }
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = n.kind.toLowerCase().replace(/_/g, ' ');
        li.append(kind);
        li.addEventListener('click', () => open(n.id));
        li.addEventListener('keydown', (k) => k.key === 'Enter' && open(n.id));
        return li;
      }),
    );
  } catch (e) {
    if (text === searched) setStatus((e as Error).message, true);
  }
}

searchForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = searchText.value.trim();
  if (text) void search(text);
});
// Search as the user types, once a couple of letters are in and the typing pauses.
searchText.addEventListener('input', () => {
  window.clearTimeout(typing);
  const text = searchText.value.trim();
  if (/[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(text)) typing = window.setTimeout(() => void search(text), 250);
});

// ---- graph gestures --------------------------------------------------------------------------

// A tap inspects; a double tap (or the inspector's button) expands. Touch pans and pinches natively.
// (cytoscape types an event's target as any; on a 'node' or 'edge' selector it is that element)
const targetId = (ev: cytoscape.EventObject): string => (ev.target as cytoscape.SingularElementArgument).id();
cy.on('tap', 'node', (ev) => select({ kind: 'node', id: targetId(ev) }));
cy.on('tap', 'edge', (ev) => select({ kind: 'edge', id: targetId(ev) }));
cy.on('dbltap', 'node', (ev) => expand(targetId(ev)));
cy.on('tap', (ev) => {
  if (ev.target === cy && state.selected) select(null);
});
// A dragged node stays where it was put (and counts as an undoable change).
cy.on('grab', 'node', () => remember());
cy.on('dragfree', 'node', (ev) => {
  const n = ev.target as cytoscape.NodeSingular;
  state.positions.set(n.id(), { ...n.position() });
});

$('zoom-in').addEventListener('click', () =>
  cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
);
$('zoom-out').addEventListener('click', () =>
  cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
);
$('zoom-fit').addEventListener('click', () => fitReadable());
$('tidy').addEventListener('click', () => {
  remember();
  relayout(cy, state.positions, state.pinned);
});

// ---- date ------------------------------------------------------------------------------------

let pending: number | undefined;
slider.min = '0';
slider.max = String(LAST_DAY);
slider.step = '1';
slider.addEventListener('input', () => {
  dateInput.value = dayToIso(Number(slider.value));
  state.asOf = dateInput.value;
  // Redraw once the slider rests for a moment, not on every pixel.
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    commit('push');
    void refresh();
  }, 150);
});
dateInput.min = dayToIso(0);
dateInput.max = dayToIso(LAST_DAY);
dateInput.addEventListener('change', () => {
  if (!dateInput.value) return;
  remember();
  setDate(dateInput.value);
  commit('push');
  void refresh();
});
allDates.addEventListener('change', () => {
  remember();
  setDate(allDates.checked ? null : dayToIso(Number(slider.value)));
  commit('push');
  void refresh();
});
depthSelect.addEventListener('change', () => {
  remember();
  state.depth = Number(depthSelect.value);
  commit('push');
  void refresh();
});

/** Year marks under the slider: a tick per year, a label every five (every ten on phones). */
function renderTicks() {
  const first = new Date(FIRST_DAY).getUTCFullYear();
  const last = new Date(FIRST_DAY + LAST_DAY * DAY_MS).getUTCFullYear();
  const marks: HTMLElement[] = [];
  for (let year = first; year <= last; year++) {
    const at = isoToDay(`${year}-01-01`) / LAST_DAY;
    const mark = el(
      'span',
      { class: `tick${year % 5 === 0 ? ' major' : ''}${year % 10 === 0 ? ' decade' : ''}`, style: `--at: ${at}` },
      year % 5 === 0 ? String(year) : '',
    );
    mark.title = String(year);
    marks.push(mark);
  }
  ticks.replaceChildren(...marks);
}

// ---- start -----------------------------------------------------------------------------------

renderLegends();
renderTicks();
apply(initial);
commit('replace');
if (state.centres.length > 0) void refresh();
else renderPanels();
