/**
 * The arithmetic of `soc-aid-estimate`, DOM-free (tested in Node): reads the municipality's norm
 * figures and computes försörjningsstöd as the norm for the household plus the reasonable costs
 * that count, minus the household's incomes (domain.md §8.2). Every amount is in öre (integer),
 * so sums are exact; only the result is rounded, to whole kronor.
 *
 * The norm figures are data the page gives; this module has none of its own.
 */
import { MAX_MONTHLY_AMOUNT } from '../schemas/amount.js';

/** The reasonable costs (skäliga kostnader) of försörjningsstöd, domain.md §8.2. */
export const COST_KINDS = ['housing', 'electricity', 'commute', 'insurance', 'union'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** The kinds of income the element asks about (monthly, after tax, the whole household). */
export const INCOME_KINDS = ['salary', 'unemployment', 'sickness', 'pension', 'studies', 'housingAllowance', 'childSupport', 'other'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

/** Children's personal costs for ages `from`–`to` (whole years, both included). */
export interface AgeBand {
  from: number;
  to: number;
  amount: number;
}

/** The norm figures, in kronor per month (see README, "soc-aid-estimate: the norms"). */
export interface Norms {
  /** The year the figures are for. */
  year: number;
  /** Where they come from, shown with the result (e.g. the municipality's decision). */
  source: string;
  /** Personal costs per person. */
  personal: {
    /** An adult who lives without a partner. */
    alone: number;
    /** Each of two adults who live together (spouses, sambos, registered partners). */
    withPartner: number;
    /** Each child by age; bands follow on from 0 without gaps or overlaps. */
    children: AgeBand[];
  };
  /** Common household costs by household size: [1 person, 2 persons, …]. */
  household: number[];
  /** Added for each person beyond the last size in `household`; without it larger households cannot be computed. */
  householdExtra?: number;
  /** The reasonable costs that count; all five when left out. */
  costs: CostKind[];
}

export type NormsResult = { ok: true; norms: Norms } | { ok: false; problem: string };

/** Oldest child age the household rules know: gymnasiet until 21 at the latest (domain.md §8.2). */
export const MAX_CHILD_AGE = 20;

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_MONTHLY_AMOUNT;
const isAge = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_CHILD_AGE;

/**
 * Reads and checks the `norms` attribute. The problem is English, for the page's developer (the
 * console); the citizen gets a plain sentence from the element.
 */
export function parseNorms(text: string | null | undefined): NormsResult {
  if (!text || !text.trim()) return { ok: false, problem: 'the norms attribute is missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `norms is not valid JSON (${(e as Error).message})` };
  }
  const fail = (problem: string): NormsResult => ({ ok: false, problem });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('norms must be a JSON object');
  const d = data as Record<string, unknown>;
  if (!Number.isInteger(d.year) || (d.year as number) < 2000 || (d.year as number) > 2100) return fail('"year" must be a year such as 2026');
  if (typeof d.source !== 'string' || !d.source.trim()) return fail('"source" must say where the figures come from');
  const p = d.personal as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object') return fail('"personal" is missing');
  if (!isAmount(p.alone)) return fail(`"personal.alone" must be kronor per month, 0–${MAX_MONTHLY_AMOUNT}`);
  if (!isAmount(p.withPartner)) return fail(`"personal.withPartner" must be kronor per month, 0–${MAX_MONTHLY_AMOUNT}`);
  if (!Array.isArray(p.children) || !p.children.length) return fail('"personal.children" must list age bands {from, to, amount}');
  let next = 0;
  for (const [i, band] of (p.children as unknown[]).entries()) {
    const b = band as Record<string, unknown>;
    if (!b || !isAge(b.from) || !isAge(b.to) || !isAmount(b.amount) || b.to < b.from) {
      return fail(`"personal.children[${i}]" must be {from, to, amount} with ages 0–${MAX_CHILD_AGE} and kronor per month`);
    }
    if (b.from !== next) return fail(`"personal.children[${i}]" must start at age ${next}: the bands follow on from 0 without gaps or overlaps`);
    next = (b.to as number) + 1;
  }
  if (!Array.isArray(d.household) || !d.household.length || !d.household.every(isAmount)) {
    return fail('"household" must be kronor per month by household size: [1 person, 2 persons, …]');
  }
  if (d.householdExtra !== undefined && !isAmount(d.householdExtra)) return fail('"householdExtra" must be kronor per month');
  let costs: CostKind[] = [...COST_KINDS];
  if (d.costs !== undefined) {
    if (!Array.isArray(d.costs) || !d.costs.every((c) => (COST_KINDS as readonly unknown[]).includes(c))) {
      return fail(`"costs" must list some of ${COST_KINDS.join(', ')}`);
    }
    costs = COST_KINDS.filter((c) => (d.costs as unknown[]).includes(c));
  }
  return {
    ok: true,
    norms: {
      year: d.year as number,
      source: d.source.trim(),
      personal: {
        alone: p.alone,
        withPartner: p.withPartner,
        children: (p.children as AgeBand[]).map(({ from, to, amount }) => ({ from, to, amount })),
      },
      household: [...(d.household as number[])],
      ...(d.householdExtra !== undefined ? { householdExtra: d.householdExtra as number } : {}),
      costs,
    },
  };
}

/** The household: with a partner or not, and each child's age band (an index into `personal.children`). */
export interface Household {
  partner: boolean;
  children: number[];
}

export interface Estimate {
  /** Personal costs of everyone in the household (öre). */
  personal: number;
  /** Common household costs for its size (öre). */
  household: number;
  /** personal + household: the norm (öre). */
  norm: number;
  /** The reasonable costs that count (öre). */
  costs: number;
  /** All incomes (öre). */
  incomes: number;
  /** norm + costs − incomes (öre); above 0: the estimated aid per month. */
  difference: number;
  /** `difference` in whole kronor, rounded. */
  kronor: number;
  persons: number;
}

export type EstimateResult = { ok: true; estimate: Estimate } | { ok: false; reason: 'household_too_large' | 'unknown_age_band' };

const ore = (kronor: number) => Math.round(kronor * 100);
const sum = (values: Iterable<number | null | undefined>) => {
  let total = 0;
  for (const v of values) total += v ?? 0;
  return total;
};

/**
 * Computes the estimate. `incomes` and `costs` are öre per month (null or missing = 0); costs the
 * norms do not count are left out.
 */
export function estimateAid(
  norms: Norms,
  household: Household,
  incomes: Partial<Record<IncomeKind, number | null>>,
  costs: Partial<Record<CostKind, number | null>>,
): EstimateResult {
  const persons = (household.partner ? 2 : 1) + household.children.length;
  const bands = norms.personal.children;
  if (household.children.some((i) => !bands[i])) return { ok: false, reason: 'unknown_age_band' };
  const adults = household.partner ? 2 * ore(norms.personal.withPartner) : ore(norms.personal.alone);
  const personal = adults + sum(household.children.map((i) => ore(bands[i].amount)));
  const sizes = norms.household;
  let common: number;
  if (persons <= sizes.length) common = ore(sizes[persons - 1]);
  else if (norms.householdExtra !== undefined) common = ore(sizes[sizes.length - 1]) + (persons - sizes.length) * ore(norms.householdExtra);
  else return { ok: false, reason: 'household_too_large' };
  const counted = sum(norms.costs.map((k) => costs[k]));
  const income = sum(INCOME_KINDS.map((k) => incomes[k]));
  const norm = personal + common;
  const difference = norm + counted - income;
  return {
    ok: true,
    estimate: { personal, household: common, norm, costs: counted, incomes: income, difference, kronor: Math.round(difference / 100), persons },
  };
}
