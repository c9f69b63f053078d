// The inspector: everything the graph says about one statement (type, validity with its
// precision, status, rank, confidence, extent or role, provision, who asserts, supports and
// disputes it, and its sources with names, dates and links) or one entity.
import type { EntityDetail, EntityRef, StatementDetail, ViewEdge } from './api';
import { standingClasses, typeColor, typeDescription } from './palette';

type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** A bound as precise as it is known: 2022-08-03, 2022-08 or 2022. */
export function datePart(date: string | null, precision: string | null): string {
  if (!date) return '…';
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date;
}

const PRECISION_WORDS: Record<string, string> = { DAY: 'to the day', MONTH: 'to the month', YEAR: 'to the year' };

export function validity(e: Pick<ViewEdge, 'validFrom' | 'validFromPrecision' | 'validTo' | 'validToPrecision'>): string {
  return `${datePart(e.validFrom, e.validFromPrecision)} – ${datePart(e.validTo, e.validToPrecision)}`;
}

function bound(label: string, date: string | null, precision: string | null, open: string): HTMLElement {
  return el(
    'span',
    {},
    `${label} `,
    el('strong', {}, date ? datePart(date, precision) : open),
    date && precision ? ` (${PRECISION_WORDS[precision] ?? precision.toLowerCase()})` : '',
  );
}

function row(term: string, ...value: Child[]): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

const lower = (v: string | null) => (v ? v.toLowerCase().replace(/_/g, ' ') : '—');

function people(list: EntityRef[], onEntity: (id: string) => void, none: string): Child {
  if (list.length === 0) return el('span', { class: 'none' }, none);
  const span = el('span');
  list.forEach((p, i) => {
    if (i > 0) span.append(', ');
    span.append(entityLink(p, onEntity));
  });
  return span;
}

function entityLink(p: EntityRef, onEntity: (id: string) => void): HTMLElement {
  const b = el('button', { type: 'button', class: 'link', 'data-entity': p.id }, p.name);
  b.addEventListener('click', () => onEntity(p.id));
  return b;
}

/** Only http(s) links become anchors: the graph's data is not trusted to hold safe URLs. */
function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function renderStatement(s: StatementDetail, onEntity: (id: string) => void): HTMLElement {
  const standing = standingClasses(s);
  const badges = el(
    'p',
    { class: 'badges' },
    el('span', { class: `badge status-${lower(s.status).replace(/ /g, '-')}` }, lower(s.status)),
    el('span', { class: 'badge' }, `rank: ${lower(s.rank)}`),
    el('span', { class: `badge confidence-${lower(s.confidence)}` }, `confidence: ${lower(s.confidence)}`),
    ...(s.certainty === 'POSSIBLE'
      ? [
          el(
            'span',
            { class: 'badge certainty-possible', title: 'The date shown falls inside an imprecise start or end of the statement.' },
            'possibly held on this date',
          ),
        ]
      : []),
  );
  const head = el(
    'div',
    { class: `statement-head ${standing.join(' ')}` },
    el(
      'p',
      { class: 'triple' },
      entityLink(s.subject, onEntity),
      ' ',
      el('span', { class: 'type', style: `--type-color: ${typeColor(s.type)}`, title: typeDescription(s.type) }, s.type),
      ' ',
      entityLink(s.object, onEntity),
    ),
    el('p', { class: 'type-meaning' }, typeDescription(s.type)),
    badges,
  );
  const dl = el('dl');
  dl.append(
    ...row(
      'Valid',
      bound('from', s.validFrom, s.validFromPrecision, 'open start'),
      el('br'),
      bound('until', s.validTo, s.validToPrecision, 'open (still holds)'),
    ),
    ...(s.extent ? row('Extent', s.extent) : []),
    ...(s.role ? row('Role', s.role) : []),
    ...(s.provision
      ? row(
          'Provision',
          entityLink(
            { id: s.provision.id, name: s.provision.number !== null ? `Point ${s.provision.number}` : s.provision.name },
            onEntity,
          ),
          s.provision.text ? el('q', {}, s.provision.text) : '',
        )
      : []),
    ...row('Asserted by', people(s.assertedBy, onEntity, 'not attributed')),
    ...row('Supported by', people(s.supportedBy, onEntity, 'nobody recorded')),
    ...row('Disputed by', people(s.disputedBy, onEntity, 'nobody recorded')),
    ...(s.note ? row('Note', s.note) : []),
  );
  const sources = el('ol', { class: 'sources' });
  for (const src of s.sources) {
    const url = safeUrl(src.url);
    sources.append(
      el(
        'li',
        {},
        url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, src.name) : el('span', {}, src.name),
        el(
          'span',
          { class: 'dates' },
          [
            src.publisher,
            src.publishedOn ? `published ${src.publishedOn}` : 'date unknown',
            src.reliability ? lower(src.reliability) : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    );
  }
  return el(
    'article',
    { class: 'inspector statement', 'data-statement': s.id },
    head,
    dl,
    el('h3', {}, `Sources (${s.sources.length})`),
    s.sources.length ? sources : el('p', { class: 'none' }, 'No source recorded.'),
    el('p', { class: 'id' }, `statement id: ${s.id}`),
  );
}

export interface EntityActions {
  expand: () => void;
  expanded: boolean;
  pin: () => void;
  pinned: boolean;
  hide: () => void;
  centre: () => void;
  inspectEdge: (id: string) => void;
  nameOf: (id: string) => string;
}

export function renderEntity(e: EntityDetail, statements: ViewEdge[], a: EntityActions): HTMLElement {
  const button = (label: string, action: () => void, attrs: Record<string, string> = {}) => {
    const b = el('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', action);
    return b;
  };
  const dates = [
    e.startDate ? `from ${e.startDate}${e.endDate ? ` to ${e.endDate}` : ''}` : null,
    e.signedOn ? `signed ${e.signedOn}` : null,
    e.statedOn ? `stated ${e.statedOn}` : null,
    e.publishedOn ? `published ${e.publishedOn}` : null,
  ].filter(Boolean);
  const wikidata =
    e.wikidataId && /^Q\d+$/.test(e.wikidataId)
      ? el('a', { href: `https://www.wikidata.org/wiki/${e.wikidataId}`, target: '_blank', rel: 'noopener noreferrer' }, e.wikidataId)
      : null;
  const url = safeUrl(e.url);
  const list = el('ul', { class: 'statements' });
  for (const s of statements) {
    const li = el('li', { class: standingClasses(s).join(' ') });
    li.append(
      button(`${a.nameOf(s.source)} ${s.type} ${a.nameOf(s.target)}`, () => a.inspectEdge(s.id), {
        class: 'link',
        style: `--type-color: ${typeColor(s.type)}`,
      }),
      el('span', { class: 'dates' }, ` ${validity(s)}`),
    );
    list.append(li);
  }
  return el(
    'article',
    { class: 'inspector entity', 'data-entity': e.id },
    el('p', { class: 'triple' }, el('strong', {}, e.name), ' ', el('span', { class: 'dates' }, `${lower(e.kind)} · ${e.id}`)),
    e.description ? el('p', {}, e.description) : null,
    e.text ? el('blockquote', {}, e.text) : null,
    dates.length ? el('p', { class: 'dates' }, dates.join(' · ')) : null,
    wikidata || url
      ? el(
          'p',
          {},
          wikidata ? 'Wikidata: ' : '',
          wikidata,
          wikidata && url ? ' · ' : '',
          url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'read the source') : null,
        )
      : null,
    e.aliases.length
      ? el(
          'p',
          { class: 'aliases' },
          'Also: ',
          e.aliases.map((x) => `${x.name}${x.language ? ` (${x.language}${x.misspelling ? ', misspelling' : ''})` : ''}`).join(', '),
        )
      : null,
    el(
      'p',
      { class: 'actions' },
      button(a.expanded ? 'Expanded' : 'Expand neighbours', a.expand, a.expanded ? { disabled: '' } : { 'data-action': 'expand' }),
      button(a.pinned ? 'Unpin' : 'Pin', a.pin, { 'data-action': 'pin' }),
      button('Hide', a.hide, { 'data-action': 'hide' }),
      button('Centre here', a.centre, { 'data-action': 'centre' }),
    ),
    el('h3', {}, `Statements in view (${statements.length})`),
    statements.length ? list : el('p', { class: 'none' }, 'None in view on this date.'),
  );
}
