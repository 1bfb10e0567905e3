/** Exit codes: 0 done, 1 the command failed (one-line reason on stderr), 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** An operational failure with a message fit for the operator (missing file, wrong header, ...). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
