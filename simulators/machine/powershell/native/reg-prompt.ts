import type { MachineShell } from '../shell.js';

/**
 * A reg.exe Yes/No question. Piped input answers it first, a line at a time (3P: `echo y | reg ...`),
 * a line starting with y meaning yes (INFER); without input the caller's confirm policy answers.
 * `answers` is the run's copy of its standard input, consumed as questions are asked.
 */
export function regConfirm(
  shell: MachineShell,
  answers: string[] | undefined,
  question: string,
  target: string,
): boolean {
  if (answers && answers.length > 0) return /^\s*y/i.test(answers.shift() ?? '');
  return shell.confirm({ caption: 'reg.exe', message: question, action: 'reg.exe', target });
}
