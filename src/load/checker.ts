import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';
import { toPlain } from '../graph/convert';
import {
  ACTOR_KINDS,
  CONFIDENCES,
  GROUP_LABELS,
  HISTORY_LABELS,
  HISTORY_RELATIONSHIPS,
  KIND_LABELS,
  kindOf,
  NODE_LABELS,
  PLACE_KINDS,
  PRECISIONS,
  RANKS,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  RELIABILITIES,
  SOURCE_TYPES,
  STATUSES,
} from '../model/contract';

/**
 * `kg-load check`: validates the graph against the model contract. Each rule is a named query in
 * cypher/checks/<rule>.cypher that returns one row per violation ({ids, detail}); the contract's
 * lists (labels, kinds, relationship rules, enums) are passed in as parameters, so the queries
 * name no label or type that the contract does not hold.
 */
export const CHECK_DIR = path.join(PROJECT_ROOT, 'cypher', 'checks');

export interface Violation {
  check: string;
  ids: string[];
  detail: string;
}

export interface CheckReport {
  checks: string[];
  violations: Violation[];
}

export function listChecks(): string[] {
  return fs
    .readdirSync(CHECK_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

export function checkQuery(name: string): string {
  return fs
    .readFileSync(path.join(CHECK_DIR, `${name}.cypher`), 'utf8')
    .trim()
    .replace(/;\s*$/, '');
}

/** The contract, as the parameters every check query may use. */
export function contractParameters(): Record<string, unknown> {
  const groupOf = (label: string) =>
    (ACTOR_KINDS as readonly string[]).includes(label) ? 'Actor' : (PLACE_KINDS as readonly string[]).includes(label) ? 'Place' : null;
  return {
    nodeLabels: [...NODE_LABELS, ...HISTORY_LABELS],
    historyLabels: [...HISTORY_LABELS],
    groupLabels: GROUP_LABELS.filter((g) => g !== 'Entity'),
    kinds: KIND_LABELS.map((label) => ({ label, kind: kindOf(label), group: groupOf(label) })),
    statementTypes: RELATIONSHIP_TYPE_NAMES,
    rules: [
      ...RELATIONSHIP_TYPE_NAMES.map((type) => ({ type, from: [...RELATIONSHIP_TYPES[type].from], to: [...RELATIONSHIP_TYPES[type].to] })),
      { type: 'HAS_ALIAS', from: ['Entity'], to: ['Alias'] },
      ...Object.entries(HISTORY_RELATIONSHIPS).map(([type, rule]) => ({ type, from: [...rule.from], to: [...rule.to] })),
    ],
    statuses: [...STATUSES],
    ranks: [...RANKS],
    confidences: [...CONFIDENCES],
    precisions: [...PRECISIONS],
    sourceTypes: [...SOURCE_TYPES],
    reliabilities: [...RELIABILITIES],
  };
}

export async function checkGraph(driver: Driver, database: string, checks = listChecks()): Promise<CheckReport> {
  const params = contractParameters();
  const violations: Violation[] = [];
  for (const check of checks) {
    const res = await driver.executeQuery(checkQuery(check), params, { database, routing: neo4j.routing.READ });
    for (const r of res.records) {
      violations.push({ check, ids: (toPlain(r.get('ids')) as unknown[]).map(String), detail: String(r.get('detail')) });
    }
  }
  violations.sort((a, b) => a.check.localeCompare(b.check) || a.ids.join().localeCompare(b.ids.join()) || a.detail.localeCompare(b.detail));
  return { checks, violations };
}

export function formatViolation(v: Violation): string {
  return `${v.check}: ${v.ids.join(' ')}: ${v.detail}`;
}

export interface RuleSummary {
  rule: string;
  count: number;
  /** The first three violations, as formatViolation writes them. */
  examples: string[];
}

/** Per rule: how many violations, and three examples (rules without violations are left out). */
export function summarizeViolations(report: CheckReport, examples = 3): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const v of report.violations) {
    const s = byRule.get(v.check) ?? { rule: v.check, count: 0, examples: [] };
    s.count++;
    if (s.examples.length < examples) s.examples.push(formatViolation(v));
    byRule.set(v.check, s);
  }
  return [...byRule.values()];
}

/** The text of `kg-load check`: a summary per rule, or (`all`) every violation; then one closing line. */
export function formatCheckReport(report: CheckReport, all: boolean): string[] {
  const lines: string[] = [];
  if (all) lines.push(...report.violations.map(formatViolation));
  else {
    for (const s of summarizeViolations(report)) {
      lines.push(`${s.rule}: ${s.count} violation${s.count === 1 ? '' : 's'}`);
      for (const e of s.examples) lines.push(`  ${e}`);
      if (s.count > s.examples.length) lines.push(`  ... and ${s.count - s.examples.length} more (--all lists every one)`);
    }
  }
  const rules = new Set(report.violations.map((v) => v.check)).size;
  const n = report.violations.length;
  lines.push(
    n === 0
      ? `check: the graph follows the model contract (${report.checks.length} checks).`
      : `check: ${n} violation${n === 1 ? '' : 's'} in ${rules} of ${report.checks.length} checks.`,
  );
  return lines;
}
