import { RULES } from './registry.js';
import type { Finding, Relation, Rule } from './types.js';

const byKind = new Map<Relation['kind'], Rule[]>();
for (const rule of RULES as readonly Rule[]) {
  const list = byKind.get(rule.kind) ?? [];
  list.push(rule);
  byKind.set(rule.kind, list);
}

/**
 * The one consistency engine: evaluates relations between figures and collects findings.
 * Both front ends (structured data, hand-written drafts) feed it relations.
 */
export function evaluate(relations: readonly Relation[]): Finding[] {
  const findings: Finding[] = [];
  for (const relation of relations) {
    for (const rule of byKind.get(relation.kind) ?? []) {
      findings.push(...rule.evaluate(relation as never));
    }
  }
  return findings;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function countBySeverity(findings: readonly Finding[]): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}
