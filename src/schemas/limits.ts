/**
 * Every length limit of every payload, in one place: the zod schemas, the generated JSON Schema
 * and the browser fields all read these numbers, so a field can never be looser or tighter than
 * the server. No zod and no DOM here.
 *
 * Paths are relative to the payload's `data`, keys joined by `.`, and `*` stands for every index
 * of an array: `child.name`, `concern.interpreter.language`, `children.*.name`. `limitOf` also
 * takes a concrete index (`children.2.name`), as it appears in a server's error path or a field's
 * `name`.
 *
 * Lengths are counted in characters (Unicode code points, so an emoji counts once) of the cleaned
 * text (`cleanText`: trimmed, NFC, control characters removed) — the text the elements send and
 * the text the schemas return. JSON Schema's `maxLength` counts code points too.
 */
import type { PayloadType } from './types.js';

// Plain constants, not `MAX.short`, inside the tables below: a bundler keeps an object whose
// literal reads a property (it could be a getter), so a field that needs only `cleanText` would
// carry every table.
const SHORT = 200;
const LONG = 5000;
const CHILDREN = 10;

/** The shared defaults, in characters. */
export const MAX = {
  /** One-line answers: names, titles, workplace. */
  short: SHORT,
  /** Free-text descriptions ("Beskriv din oro"). */
  long: LONG,
} as const;

export interface TextLimit {
  /** Most characters after cleaning. */
  readonly max: number;
  /**
   * 1: the answer must be given and must not be blank after cleaning. Absent: it may be left out
   * (or be empty), unless a rule on another answer asks for it (an interpreter's language when
   * one is needed). No answer has a larger minimum; one would need its own error code.
   */
  readonly min?: 1;
  /** Line breaks are kept (a textarea); in a one-line answer they become spaces. */
  readonly multiline?: boolean;
}

export const LIMITS = {
  'concern-report': {
    'child.name': { max: SHORT },
    'child.age': { max: 50 },
    'child.location': { max: 1000, min: 1, multiline: true },
    'child.whereNow': { max: 500 },
    'child.siblingsInfo': { max: 2000, multiline: true },
    'concern.description': { max: LONG, min: 1, multiline: true },
    'concern.childSaid': { max: LONG, multiline: true },
    'concern.otherChildrenInfo': { max: 2000, multiline: true },
    'concern.interpreter.language': { max: 100 },
    'reporter.name': { max: SHORT, min: 1 },
    /** Only a reporter who reports in their work. */
    'reporter.workplace': { max: SHORT, min: 1 },
    'reporter.role': { max: SHORT, min: 1 },
    /** Only a private reporter. */
    'reporter.relation': { max: SHORT },
  },
  'concern-report-adult': {
    'person.name': { max: SHORT },
    'person.age': { max: 50 },
    'person.location': { max: 1000, multiline: true },
    'concern.description': { max: LONG, min: 1, multiline: true },
    'concern.seen': { max: SHORT },
    /** Only a reporter who gives their name. */
    'reporter.name': { max: SHORT, min: 1 },
    'reporter.relation': { max: SHORT },
  },
  application: {
    /** Only an applicant who helps the family (`role: 'helper'`). */
    'applicant.relation': { max: SHORT, min: 1 },
    'children.*.name': { max: SHORT, min: 1 },
    'children.*.age': { max: 50 },
    'children.*.livesWithOther': { max: SHORT },
    'situation': { max: LONG, min: 1, multiline: true },
    'contact.name': { max: SHORT, min: 1 },
    'contact.bestTime': { max: SHORT },
    'contact.interpreter.language': { max: 100 },
    'contact.needsOther': { max: 500 },
    'consent.otherInfo': { max: 500 },
  },
  'economic-aid': {
    'situation': { max: LONG, min: 1, multiline: true },
    'since': { max: SHORT },
    // The application's contact questions and schema, so the same limits.
    'contact.name': { max: SHORT, min: 1 },
    'contact.bestTime': { max: SHORT },
    'contact.interpreter.language': { max: 100 },
    'contact.needsOther': { max: 500 },
  },
  feedback: {
    'unit': { max: SHORT },
    'what': { max: LONG, min: 1, multiline: true },
    'wish': { max: 2000, multiline: true },
    /** Only a citizen who wants a reply. */
    'contact.name': { max: SHORT, min: 1 },
  },
} as const satisfies Record<PayloadType, Record<string, TextLimit>>;

/** The paths of a payload type that have a text limit, checked by the compiler. */
export type LimitPath<T extends PayloadType> = keyof (typeof LIMITS)[T] & string;

/** The limit of a known path; the schemas use this, so a misspelt path does not compile. */
export function textLimit<T extends PayloadType, P extends LimitPath<T>>(type: T, path: P): (typeof LIMITS)[T][P] & TextLimit {
  return LIMITS[type][path] as (typeof LIMITS)[T][P] & TextLimit;
}

/**
 * The limit of `path` in payloads of `type`, or undefined when the path has none (not a text, or
 * unknown). Array indices may be concrete: `limitOf('application', 'children.1.name')`.
 */
export function limitOf(type: string, path: string): TextLimit | undefined {
  const limits: Record<string, TextLimit> | undefined = Object.hasOwn(LIMITS, type) ? LIMITS[type as PayloadType] : undefined;
  const key = path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  return limits && Object.hasOwn(limits, key) ? limits[key] : undefined;
}

/** Every `[path, limit]` of a payload type, in declaration order. */
export function textLimits<T extends PayloadType>(type: T): [LimitPath<T>, TextLimit][] {
  return Object.entries(LIMITS[type]) as [LimitPath<T>, TextLimit][];
}

/** How many items the arrays of a payload may hold. */
export const ITEM_LIMITS = {
  'concern-report': {},
  'concern-report-adult': {
    'concern.kinds': { max: 7 },
  },
  application: {
    children: { min: 1, max: CHILDREN },
    support: { min: 1, max: 30 },
    'contact.needs': { max: 3 },
  },
  'economic-aid': {
    'contact.needs': { max: 3 },
  },
  feedback: {
    about: { min: 1, max: 5 },
  },
} as const satisfies Record<PayloadType, Record<string, { readonly min?: number; readonly max: number }>>;

/**
 * How many adults (the citizen included) and children live in the household, in a first contact
 * about economic aid: whole numbers, a household of one adult at least.
 */
export const HOUSEHOLD = { adults: { min: 1, max: 20 }, children: { min: 0, max: 20 } } as const;

/** At most this many children in one application. */
export const MAX_CHILDREN = CHILDREN;

/**
 * A kind of support is the municipality's own id (the list is configurable), so only its form is
 * checked: letters a–z, digits and `-_.:`, at most 50 characters.
 */
export const SUPPORT_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,49}$/;

/** E-mail address, RFC 5321: at most 254 characters in all and 64 before the `@`. */
export const EMAIL_MAX = { address: 254, local: 64 } as const;
