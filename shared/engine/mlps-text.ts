/**
 * Plain-words text for the MLPS estimate: level names, the basis lines for floors, and the heuristic defaults of
 * brief §16 for unknown harm (labelled heuristic, confidence U, never used by a rule).
 */
import type { FloorApplied, FloorId, MlpsWarning } from './assessment';

/** Level names (公通字〔2007〕43号 Arts. 6–7). */
export const LEVEL_NAMES: Readonly<Record<number, string>> = {
  1: 'self-protection 自主保护',
  2: 'guided protection 指导保护',
  3: 'supervised protection 监督保护',
  4: 'mandatory protection 强制保护',
  5: 'special-control protection 专控保护',
};

export const OBJECT_TEXT: Readonly<Record<string, string>> = {
  citizens: 'citizens, legal persons and other organisations',
  social_order: 'social order and public interest',
  national_security: 'national security',
};

export const DEGREE_TEXT: Readonly<Record<string, string>> = {
  general: 'general',
  serious: 'serious',
  especially_serious: 'especially serious',
};

/** One basis line per floor: applied (and whether conditional) or pending. */
export function describeFloors(applied: readonly FloorApplied[], pending: readonly FloorApplied[], all: readonly { id: FloorId; level: number; text: string }[]): string[] {
  const text = (f: FloorApplied): string => all.find((a) => a.id === f.id && a.level === f.level)?.text ?? f.id;
  return [
    ...applied.map((f) => `Floor ${f.id} (${f.level}) applies${f.conditional ? ' if the likely answer is confirmed (conditional)' : ''}: ${text(f)}.`),
    ...pending.map((f) => `Floor ${f.id} (${f.level}) is pending, not counted: it rests on an unknown answer; ${text(f)}.`),
  ];
}

/**
 * The §16 heuristic defaults for unknown harm, as a warning (`answer` reads a field of the profile). Returns undefined when no heuristic case matches.
 * The most specific case wins: CII core system, government office network, public or large-PI service, private
 * internal office system.
 */
export function heuristicWarning(answer: (path: string) => unknown): MlpsWarning | undefined {
  const fn = answer('system.function');
  const type = answer('customer.type');
  const cases: { when: boolean; text: string }[] = [
    { when: answer('customer.cii_status') === 'identified' && fn === 'core_business', text: 'a core system of an identified CII operator is commonly graded social order × especially serious → level 4' },
    { when: type === 'party_government_organ', text: 'a government office network is commonly graded national security × general → level 3 (2025 template: 4)' },
    { when: fn === 'public_service' || answer('data.pi_subjects') === 'gt_1m', text: 'a public-facing service of a large organisation, or a system with personal information of more than 1M people, is commonly graded social order × serious → level 3' },
    { when: fn === 'internal_office' && (type === 'private_domestic' || type === 'foreign_invested'), text: 'an internal office or HR system of a private company is commonly graded citizens × serious → level 2' },
  ];
  const hit = cases.find((c) => c.when);
  if (!hit) return undefined;
  return {
    code: 'heuristic',
    message: `Heuristic only, not law (confidence U): ${hit.text}. No rule uses this; confirm the harm answers with the operator.`,
  };
}
