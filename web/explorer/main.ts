// The explorer page (/explore): search an entity, draw its neighborhood with Cytoscape.js, filter
// by relationship type, click nodes to expand them, and move the date to see control and claims
// change. It talks only to this API's /graphql and is bundled at build time (web/build.mjs).
import cytoscape from 'cytoscape';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import './explorer.css';

interface ViewNode { id: string; kind: string; name: string; labels: string[] }
interface ViewEdge {
  id: string; type: string; source: string; target: string;
  validFrom: string | null; validTo: string | null; status: string | null;
}
interface GraphView { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean; omittedNodes: number; omittedEdges: number }

const NEIGHBORHOOD = `query Neighborhood($id: String!, $depth: Int!, $types: [String!], $asOf: Date) {
  neighborhood(id: $id, depth: $depth, types: $types, asOf: $asOf, maxNodes: 150) {
    nodes { id kind name labels }
    edges { id type source target validFrom validTo status }
    truncated omittedNodes omittedEdges
  }
}`;
// The API's one name search: whole words first, then word starts, so a half-typed name finds it.
const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { entity { id kind name } matchedName alias { name } } }`;
interface SearchHit { entity: { id: string; kind: string; name: string }; matchedName: string; alias: { name: string } | null }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const searchForm = $<HTMLFormElement>('search');
const searchText = $<HTMLInputElement>('search-text');
const results = $<HTMLUListElement>('search-results');
const depthSelect = $<HTMLSelectElement>('depth');
const slider = $<HTMLInputElement>('as-of-slider');
const dateInput = $<HTMLInputElement>('as-of-date');
const allDates = $<HTMLInputElement>('all-dates');
const statusLine = $<HTMLParagraphElement>('status');
const typeFilter = $<HTMLDivElement>('type-filter');
const details = $<HTMLDivElement>('details');
const edgeList = $<HTMLUListElement>('edge-list');

// The slider counts days from FIRST_DAY; the date input shows the same day.
const FIRST_DAY = Date.UTC(1988, 0, 1);
const DAY_MS = 86_400_000;
const dayToIso = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
const isoToDay = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - FIRST_DAY) / DAY_MS);

const params = new URLSearchParams(window.location.search);
const state = {
  centres: [] as string[],
  asOf: params.get('asOf') ?? '2022-08-03' as string | null,
  hidden: new Set<string>(),
  seenTypes: new Set<string>(),
  nodes: new Map<string, ViewNode>(),
  edges: new Map<string, ViewEdge>(),
  selected: null as string | null,
};

// Control and claims, the point of most views, get colours of their own; other types share a palette.
const TYPE_COLORS: Record<string, string> = { CONTROLS: '#d62828', CLAIMS: '#1d6fd6', RECOGNIZED_AS_PART_OF: '#e09f3e', GUARANTEES: '#7b2cbf' };
const PALETTE = ['#2a9d8f', '#8d6a9f', '#4f6d7a', '#bc6c25', '#588157', '#9c6644', '#457b9d', '#b5838d', '#6c757d', '#c9184a'];
const typeColor = (type: string) => TYPE_COLORS[type] ?? PALETTE[Math.max(0, RELATIONSHIP_TYPE_NAMES.indexOf(type as never)) % PALETTE.length];
const groupColor = (n: ViewNode) => (n.labels.includes('Actor') ? '#2e5eaa' : n.labels.includes('Place') ? '#3d9970' : n.labels.includes('Source') ? '#999' : '#b5838d');

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  // A few nodes must not be blown up to fill the canvas.
  minZoom: 0.2,
  maxZoom: 1.5,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)', 'background-color': 'data(color)', color: '#1d2330', 'font-size': 11,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '120px', width: 22, height: 22,
      },
    },
    { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1d2330', width: 30, height: 30 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    {
      selector: 'edge',
      style: {
        width: 2, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#445', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
      },
    },
    { selector: 'edge.disputed', style: { 'line-style': 'dashed' } },
  ],
});
// Tests and curious people can reach the graph from the console.
(window as unknown as { explorer: unknown }).explorer = { cy, state };

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

function setStatus(text: string, error = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', error);
}

function allowedTypes(): string[] | null {
  if (state.hidden.size === 0) return null;
  return RELATIONSHIP_TYPE_NAMES.filter((t) => !state.hidden.has(t));
}

/** Fetches the neighborhood of every expanded centre for the current date and filter, and redraws. */
async function refresh() {
  if (state.centres.length === 0) return;
  const types = allowedTypes();
  if (types && types.length === 0) {
    setStatus('Every relationship type is filtered out.');
    return;
  }
  setStatus('Loading…');
  try {
    const views = await Promise.all(
      state.centres.map((id, i) =>
        graphql<{ neighborhood: GraphView }>(NEIGHBORHOOD, { id, depth: i === 0 ? Number(depthSelect.value) : 1, types, asOf: state.asOf }),
      ),
    );
    state.nodes.clear();
    state.edges.clear();
    let omitted = 0;
    for (const { neighborhood: v } of views) {
      for (const n of v.nodes) state.nodes.set(n.id, n);
      for (const e of v.edges) {
        state.edges.set(e.id, e);
        state.seenTypes.add(e.type);
      }
      omitted += v.omittedNodes;
    }
    draw();
    const when = state.asOf ? `as of ${state.asOf}` : 'all dates';
    setStatus(`${state.nodes.size} entities, ${state.edges.size} statements, ${when}${omitted ? ` (${omitted} more not shown)` : ''}.`);
  } catch (e) {
    setStatus((e as Error).message, true);
  }
}

function draw() {
  const nodeIds = new Set(state.nodes.keys());
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const keep = el.group() === 'nodes' ? nodeIds.has(el.id()) : state.edges.has(el.id());
      if (!keep) el.remove();
    });
    for (const n of state.nodes.values()) {
      const existing = cy.getElementById(n.id);
      const data = { id: n.id, name: n.name, kind: n.kind, color: groupColor(n) };
      if (existing.nonempty()) existing.data(data);
      else cy.add({ group: 'nodes', data });
      cy.getElementById(n.id).toggleClass('centre', state.centres.includes(n.id));
    }
    for (const e of state.edges.values()) {
      if (cy.getElementById(e.id).nonempty()) continue;
      cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, color: typeColor(e.type) }, classes: e.status === 'DISPUTED' ? 'disputed' : '' });
    }
  });
  cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 400_000, idealEdgeLength: () => 140, nodeOverlap: 40, componentSpacing: 120, fit: true, padding: 40 } as cytoscape.LayoutOptions).run();
  renderTypeFilter();
  renderEdgeList();
  renderDetails();
}

const nameOf = (id: string) => state.nodes.get(id)?.name ?? id;
const span = (from: string | null, to: string | null) => `${from ?? '…'} – ${to ?? '…'}`;

function renderEdgeList() {
  edgeList.replaceChildren(
    ...[...state.edges.values()].map((e) => {
      const li = document.createElement('li');
      li.dataset.type = e.type;
      li.className = e.status === 'DISPUTED' ? 'disputed' : '';
      li.textContent = `${nameOf(e.source)} ${e.type} ${nameOf(e.target)} `;
      const dates = document.createElement('span');
      dates.className = 'dates';
      dates.textContent = `(${span(e.validFrom, e.validTo)}${e.status && e.status !== 'UNCONTESTED' ? `, ${e.status.toLowerCase()}` : ''})`;
      li.append(dates);
      return li;
    }),
  );
}

function renderTypeFilter() {
  const types = [...new Set([...state.seenTypes, ...state.hidden])].sort();
  typeFilter.replaceChildren(
    ...types.map((t) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = t;
      box.checked = !state.hidden.has(t);
      box.addEventListener('change', () => {
        if (box.checked) state.hidden.delete(t);
        else state.hidden.add(t);
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

function renderDetails() {
  const n = state.selected ? state.nodes.get(state.selected) : undefined;
  if (!n) {
    details.innerHTML = '<p class="hint">Click a node to expand it and see its statements.</p>';
    return;
  }
  const title = document.createElement('p');
  title.innerHTML = '<strong></strong> <span class="dates"></span>';
  title.querySelector('strong')!.textContent = n.name;
  title.querySelector('.dates')!.textContent = `${n.kind} · ${n.id}`;
  const list = document.createElement('ul');
  for (const e of state.edges.values()) {
    if (e.source !== n.id && e.target !== n.id) continue;
    const li = document.createElement('li');
    li.textContent = `${nameOf(e.source)} ${e.type} ${nameOf(e.target)} (${span(e.validFrom, e.validTo)})`;
    list.append(li);
  }
  details.replaceChildren(title, list);
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

function open(id: string) {
  state.centres = [id];
  state.selected = id;
  results.replaceChildren();
  searched = '';
  void refresh();
}

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

// Tapping a node selects it and adds its own neighborhood (depth 1) to the view.
cy.on('tap', 'node', (ev) => {
  const id = ev.target.id() as string;
  state.selected = id;
  if (!state.centres.includes(id)) {
    state.centres.push(id);
    void refresh();
  } else {
    renderDetails();
  }
});

let pending: number | undefined;
slider.min = '0';
slider.max = String(isoToDay(new Date().toISOString().slice(0, 10)));
slider.step = '1';
slider.addEventListener('input', () => {
  dateInput.value = dayToIso(Number(slider.value));
  state.asOf = dateInput.value;
  // Redraw once the slider rests for a moment, not on every pixel.
  window.clearTimeout(pending);
  pending = window.setTimeout(() => void refresh(), 150);
});
dateInput.addEventListener('change', () => {
  if (!dateInput.value) return;
  setDate(dateInput.value);
  void refresh();
});
allDates.addEventListener('change', () => {
  setDate(allDates.checked ? null : dayToIso(Number(slider.value)));
  void refresh();
});
depthSelect.addEventListener('change', () => void refresh());

setDate(state.asOf);
if (params.get('id')) open(params.get('id')!);
