// The explorer's state in the address bar, so a view can be shared and Back goes back:
// ?id=<centre>&asOf=<YYYY-MM-DD|all>&depth=<1-3>&types=<shown types, when filtered>
// &expand=<more centres>&hide=<hidden nodes>&pin=<pinned nodes>&sel=<selected node or edge>
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';

export interface ViewState {
  centres: string[];
  asOf: string | null;
  depth: number;
  hiddenTypes: string[];
  hiddenNodes: string[];
  pinned: string[];
  selected: { kind: 'node' | 'edge'; id: string } | null;
}

export const DEFAULT_AS_OF = '2022-08-03';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const id = p.get('id');
  const asOfParam = p.get('asOf');
  const depth = Number(p.get('depth'));
  const shown = p.has('types') ? new Set(list(p.get('types'))) : null;
  const sel = p.get('sel');
  return {
    centres: id ? [id, ...list(p.get('expand')).filter((x) => x !== id)] : [],
    asOf: asOfParam === 'all' ? null : asOfParam && ISO_DAY.test(asOfParam) ? asOfParam : DEFAULT_AS_OF,
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    hiddenTypes: shown ? RELATIONSHIP_TYPE_NAMES.filter((t) => !shown.has(t)) : [],
    hiddenNodes: list(p.get('hide')),
    pinned: list(p.get('pin')),
    selected: sel?.startsWith('edge:') ? { kind: 'edge', id: sel.slice(5) } : sel ? { kind: 'node', id: sel.replace(/^node:/, '') } : null,
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.centres.length > 0) p.set('id', s.centres[0]);
  p.set('asOf', s.asOf ?? 'all');
  p.set('depth', String(s.depth));
  if (s.hiddenTypes.length > 0) p.set('types', RELATIONSHIP_TYPE_NAMES.filter((t) => !s.hiddenTypes.includes(t)).join(','));
  if (s.centres.length > 1) p.set('expand', s.centres.slice(1).join(','));
  if (s.hiddenNodes.length > 0) p.set('hide', s.hiddenNodes.join(','));
  if (s.pinned.length > 0) p.set('pin', s.pinned.join(','));
  if (s.selected) p.set('sel', `${s.selected.kind}:${s.selected.id}`);
  // Commas and colons stay readable in a shared link.
  return `?${p.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`;
}
