/**
 * What the spec lets an operation answer, as a type: one of its declared statuses with that
 * status's body. Both the mock's own handlers and the per-test overrides are typed by it, so a
 * status or body the spec does not declare fails to compile.
 */

/** `T` without `null`/`undefined`, or `never` when nothing else is left (an absent method). */
export type Present<T> = [NonNullable<T>] extends [never] ? never : NonNullable<T>;

type ServerErrorStatus = 500 | 501 | 502 | 503 | 504;
type StatusOf<K> = K extends number ? K : K extends '5XX' ? ServerErrorStatus : never;
type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;
type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;

/** An answer the spec declares for an operation: one of its statuses with that status's body. */
export type DeclaredAnswer<Op> = {
  [K in keyof ResponsesOf<Op>]: {
    readonly status: StatusOf<K>;
    readonly body: BodyOf<ResponsesOf<Op>[K]>;
    readonly headers?: Readonly<Record<string, string>>;
  };
}[keyof ResponsesOf<Op>];
