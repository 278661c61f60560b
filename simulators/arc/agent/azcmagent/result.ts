/** What a native command gives back to the script host. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** A successful run that printed `stdout`. */
export const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
