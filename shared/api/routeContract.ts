// SPDX-License-Identifier: EUPL-1.2
/**
 * The shape of one route of the JSON API: method, path pattern, body schema, answer type, who may
 * call it and what the audit log records. The routes themselves are in routes.ts (one module per
 * area); the server builds its router, access checks and audit log from them, the client its calls.
 *
 * Path patterns are `/api/...` with `:name` segments for parameters (e.g. `/api/workshops/:id`).
 */
import type { z } from 'zod/v3';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route:
 * - `anyone`: no session needed;
 * - `session`: any live session (set-up, participant, screen);
 * - `setup`: the installation organiser (set-up session) only;
 * - `facilitator`: whoever has facilitator rights on workshop `:id` (its facilitator, the set-up session);
 * - `member`: whoever belongs to workshop `:id` (participants, facilitator, its screen, the set-up session).
 * The plenary screen is further limited to reads, see screenMayCall.
 */
export type Access = 'anyone' | 'session' | 'setup' | 'facilitator' | 'member';

/** What a handler knows that the audit log records, besides body and answer (given with its answer). */
export interface AuditNotes {
  /** What a live update set, e.g. `step=endorse,timer=start` (never a message's text). */
  liveChanges?: string;
  /** A live update that left step 'write' revealed the private statements of every group. */
  autoRevealed?: boolean;
}

/** What an audit entry is computed from. */
export interface AuditFacts<Body, Answer> {
  params: Record<string, string>;
  /** The body as sent: validated on success; on a refused attempt its values are unchecked. */
  body: Partial<Body>;
  /** The answer's body (undefined before the route ran and on a refusal). */
  answer: Answer | undefined;
  notes: AuditNotes;
}

/**
 * When an audit entry is written:
 * - `ok`: after the route succeeded;
 * - `ok-or-refused`: also when the attempt was refused as `forbidden` and the actor belongs to the
 *   workshop (someone in it tried what only the facilitator may do);
 * - `refused`: only such refused attempts (the success is recorded by the service itself);
 * - `granted`: as soon as access is granted, before the route runs (the export carries its own entry).
 */
export type AuditMoment = 'ok' | 'ok-or-refused' | 'refused' | 'granted';

/**
 * One audit entry a route records. The entry's workshop is the path's `:id`, or for a created
 * workshop the answer's `id`.
 */
export interface AuditSpec<Body = unknown, Answer = unknown> {
  /** `<object>.<verb>`, e.g. `participant.add`. */
  action: string;
  objectType: string;
  /** The object acted on; null when there is none or it is not known. */
  objectId(facts: AuditFacts<Body, Answer>): string | null;
  /** Default `ok`. */
  on?: AuditMoment;
  /** Records the entry only when this holds (default: always). */
  when?(facts: AuditFacts<Body, Answer>): boolean;
}

/** One route of the JSON API. `Answer` is a type only (the server's handler makes the value). */
export interface ApiRoute<
  Method extends HttpMethod = HttpMethod,
  Path extends string = string,
  Body extends z.ZodTypeAny | null = z.ZodTypeAny | null,
  Answer = unknown,
> {
  method: Method;
  path: Path;
  /** The body's schema (writes that take a body); null when the route reads none. */
  body: Body;
  access: Access;
  /** What the audit log records for this route, in order; none for routes it does not keep. */
  audit: readonly AuditSpec<BodyOf<Body>, Answer>[];
  /** Carries the answer type; never set. */
  readonly answer?: Answer;
}

/** The parsed body type of a body schema (an empty object for routes without body). */
export type BodyOf<Body extends z.ZodTypeAny | null> = Body extends z.ZodTypeAny ? z.output<Body> : Record<string, never>;

/** The body a caller sends (before defaults and transforms). */
export type BodyInputOf<R extends ApiRoute> = R['body'] extends z.ZodTypeAny ? z.input<R['body']> : undefined;

/** The answer type of a route. */
export type AnswerOf<R extends ApiRoute> = R extends ApiRoute<HttpMethod, string, z.ZodTypeAny | null, infer A> ? A : never;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of a pattern, e.g. `{ id: string; pid: string }`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/**
 * Declares a route: `defineRoute<Answer>()({ method, path, body, access, audit })`. The first call
 * only fixes the answer type, so that method, path and body are inferred.
 */
export function defineRoute<Answer = void>() {
  return <const Method extends HttpMethod, const Path extends string, Body extends z.ZodTypeAny | null = null>(
    route: {
      method: Method;
      path: Path;
      body?: Body;
      access: Access;
      audit?: readonly AuditSpec<BodyOf<Body>, Answer>[];
    },
  ): ApiRoute<Method, Path, Body, Answer> => ({ ...route, body: (route.body ?? null) as Body, audit: route.audit ?? [] });
}

/** The concrete path of a route: each `:name` segment replaced by its parameter, URI-encoded. */
export function buildPath<P extends string>(pattern: P, params: PathParams<P>): string {
  const values = params as Record<string, string>;
  return pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? encodeURIComponent(values[segment.slice(1)]) : segment))
    .join('/');
}

/**
 * Whether the plenary screen's session may call a route: the screen only reads, so it reaches every
 * GET route (whose access rule then applies) and, of the writes, only those anyone may call (logging out).
 */
export function screenMayCall(route: Pick<ApiRoute, 'method' | 'access'>): boolean {
  return route.method === 'GET' || route.access === 'anyone';
}
