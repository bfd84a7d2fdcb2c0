// SPDX-License-Identifier: EUPL-1.2
/** An error the CLI prints as a plain Dutch sentence (no stack) before exiting with code 1. */

/** A user mistake on the command line (bad argument, missing file). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
