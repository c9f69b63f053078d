import {
  ACTOR_KINDS,
  allowedEndpoint,
  CONFIDENCES,
  EXTENTS,
  isRelationshipType,
  KIND_LABELS,
  labelOfKind,
  PLACE_KINDS,
  PRECISIONS,
  QUALIFIER_TYPES,
  RANKS,
  RELATIONSHIP_TYPES,
  RelationshipType,
} from '../model/contract';
import { userError } from '../schema/errors';

/**
 * The model contract's rules for a write, each refusal a BAD_USER_INPUT that names the field
 * (extensions.field, as the mutation's argument path: input.subject, input.sources ...).
 */
export function refuse(field: string, message: string): never {
  throw userError(message, { field });
}

/** What the graph holds for the ids a write names (curation-entities). */
export interface KnownEntity {
  id: string;
  kind: string;
  labels: string[];
  mergedInto: string | null;
}

export const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function checkSlug(field: string, id: string): void {
  if (!SLUG.test(id))
    refuse(
      field,
      `"${id.slice(0, 80)}" is not a valid id: use lower-case letters, digits and hyphens (at most 128), such as "azerbaijan-controls-lachin".`,
    );
}

export function checkType(field: string, type: string): RelationshipType {
  if (!isRelationshipType(type)) refuse(field, `"${type}" is not a statement type of the model (docs/model.md).`);
  return type;
}

/** The entity named at `field`: it must exist and not be a redirect left by a merge. */
export function existing(known: Map<string, KnownEntity>, field: string, id: string): KnownEntity {
  const e = known.get(id);
  if (!e) refuse(field, `No entity has the id "${id}". Create it first (createEntity, addSource) or find its id with search(text:).`);
  if (e.mergedInto) refuse(field, `"${id}" was merged into "${e.mergedInto}": use "${e.mergedInto}".`);
  return e;
}

export function checkEndpoints(type: RelationshipType, subject: KnownEntity, object: KnownEntity, prefix = 'input'): void {
  const rule = RELATIONSHIP_TYPES[type];
  if (!allowedEndpoint(type, 'from', subject.labels)) {
    refuse(
      `${prefix}.subject`,
      `A ${type} statement cannot start at "${subject.id}" (a ${subject.kind}): its subject must be ${rule.from.join(' or ')}.`,
    );
  }
  if (!allowedEndpoint(type, 'to', object.labels)) {
    refuse(
      `${prefix}.object`,
      `A ${type} statement cannot end at "${object.id}" (a ${object.kind}): its object must be ${rule.to.join(' or ')}.`,
    );
  }
}

/** At least one source, every one an existing Source entity. */
export function checkSources(known: Map<string, KnownEntity>, field: string, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) refuse(field, 'A statement needs at least one source: add it with addSource first and cite its id.');
  for (const id of unique) {
    const e = existing(known, field, id);
    if (e.kind !== 'SOURCE') refuse(field, `"${id}" is a ${e.kind}, not a Source: cite Source entities (addSource).`);
  }
  return unique;
}

export function checkEntities(known: Map<string, KnownEntity>, field: string, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  for (const id of unique) existing(known, field, id);
  return unique;
}

export interface Validity {
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
}

/** A precision goes with its date (DAY when left out); validFrom may not be after validTo. */
export function checkValidity(v: Validity, prefix = 'input'): Validity {
  const precision = (date: string | null, p: string | null, name: 'validFrom' | 'validTo') => {
    if (date === null) {
      if (p !== null) refuse(`${prefix}.${name}Precision`, `${name}Precision needs ${name}.`);
      return null;
    }
    if (p !== null && !(PRECISIONS as readonly string[]).includes(p))
      refuse(`${prefix}.${name}Precision`, `${name}Precision must be one of ${PRECISIONS.join(', ')}.`);
    return p ?? 'DAY';
  };
  const out = {
    validFrom: v.validFrom,
    validFromPrecision: precision(v.validFrom, v.validFromPrecision, 'validFrom'),
    validTo: v.validTo,
    validToPrecision: precision(v.validTo, v.validToPrecision, 'validTo'),
  };
  if (out.validFrom !== null && out.validTo !== null && out.validFrom > out.validTo) {
    refuse(`${prefix}.validTo`, `validFrom (${out.validFrom}) is after validTo (${out.validTo}): a statement cannot end before it starts.`);
  }
  return out;
}

export function checkQualifiers(
  type: RelationshipType,
  q: { extent?: string | null; role?: string | null; provision?: string | null },
  prefix = 'input',
): void {
  if (q.extent != null) {
    if (!QUALIFIER_TYPES.extent.includes(type))
      refuse(`${prefix}.extent`, `${type} statements carry no extent (only ${QUALIFIER_TYPES.extent.join(', ')}).`);
    if (!(EXTENTS as readonly string[]).includes(q.extent)) refuse(`${prefix}.extent`, `extent must be one of ${EXTENTS.join(', ')}.`);
  }
  if (q.role != null && !QUALIFIER_TYPES.role.includes(type))
    refuse(`${prefix}.role`, `${type} statements carry no role (only ${QUALIFIER_TYPES.role.join(', ')}).`);
  if (q.provision != null && !QUALIFIER_TYPES.provision.includes(type))
    refuse(`${prefix}.provision`, `${type} statements rest on no provision (only ${QUALIFIER_TYPES.provision.join(', ')}).`);
}

export function checkEnum(field: string, value: string | null | undefined, allowed: readonly string[]): void {
  if (value != null && !allowed.includes(value)) refuse(field, `${field.split('.').pop()} must be one of ${allowed.join(', ')}.`);
}

export function checkRank(field: string, rank: string | null | undefined): void {
  checkEnum(field, rank, RANKS);
}

export function checkConfidence(field: string, confidence: string | null | undefined): void {
  checkEnum(field, confidence, CONFIDENCES);
}

/** The labels of a new entity of `kind`: Entity, its group (Actor/Place) when it has one, its kind label. */
export function labelsOfKind(field: string, kind: string): string[] {
  const label = labelOfKind(kind);
  if (!label || !(KIND_LABELS as readonly string[]).includes(label)) refuse(field, `"${kind}" is not an entity kind of the model.`);
  const group = (ACTOR_KINDS as readonly string[]).includes(label)
    ? 'Actor'
    : (PLACE_KINDS as readonly string[]).includes(label)
      ? 'Place'
      : null;
  return ['Entity', ...(group ? [group] : []), label];
}
