// SPDX-License-Identifier: EUPL-1.2
/**
 * A workshop id is 16 base64url characters and may start with "-" ("-bX3…"), which the argument
 * parser would take for an option. Commands whose first argument is a workshop id pass their
 * arguments through here: such a first argument goes after "--", where it is always a positional.
 */
const DASHED_ID = /^-[A-Za-z0-9_][A-Za-z0-9_-]{9,31}$/;

/** The arguments with a leading dash-started workshop id moved behind "--". */
export function idArgumentFirst(args: string[]): string[] {
  return args.length > 0 && DASHED_ID.test(args[0]) ? [...args.slice(1), '--', args[0]] : args;
}
