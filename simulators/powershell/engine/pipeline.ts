import { enumerate } from '../operators/collections.js';
import type { PipelineElement } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import type { Emit } from './execute.js';
import { createStage } from './resolve-command.js';
import { NO_INPUT, type Stage } from './stage.js';

/**
 * Runs `a | b | c` object by object, as PowerShell streams a pipeline (DOC: about_Pipelines):
 * every command's begin runs first, left to right; each object goes through all commands before
 * the next is produced; then every end runs, left to right. An expression may start the
 * pipeline: its value's items are the input. Objects sent to a command whose begin has not run
 * yet wait for it.
 */
export function runPipeline(ctx: ExecContext, elements: readonly PipelineElement[], out: Emit): void {
  const first = elements[0];
  const source = first?.kind === 'expr' ? first.expr : undefined;
  const commands = source ? elements.slice(1) : elements;
  const started: boolean[] = commands.map(() => false);
  const waiting: PSValue[][] = commands.map(() => []);
  const input = source ? enumerate(evaluate(ctx, source)) : undefined;
  const stages: Stage[] = [];
  const emitTo =
    (index: number): Emit =>
    (value) => {
      const next = stages[index];
      if (!next) return out(value);
      if (!started[index]) waiting[index]?.push(value);
      else next.process(value);
    };
  commands.forEach((element, i) => {
    if (element.kind !== 'command') return;
    stages.push(createStage(ctx, element, i > 0 || source !== undefined, emitTo(i + 1)));
  });
  stages.forEach((stage, i) => {
    stage.begin();
    started[i] = true;
    for (const value of waiting[i]?.splice(0) ?? []) stage.process(value);
  });
  const head = stages[0];
  if (head) {
    if (input) for (const value of input) head.process(value);
    else head.process(NO_INPUT);
  }
  for (const stage of stages) stage.end();
}
