import type { SyntaxNode } from './grammar.js';

/**
 * INFER (tried against tree-sitter-powershell 0.26): rewrites shapes valid in PowerShell that the grammar fails on, keeping every
 * other character at its line and column; the caller keeps a repair only if the result parses.
 * - Bare words after a comma and a space in a command (`Select-Object Name, Value`), which
 *   PowerShell reads as the array `Name,Value`: the spaces move in front of the comma
 *   (`Name  ,Value`), which the grammar reads as the same array.
 * - A param block followed by statements on its line (`function f { param($a) $a }`): the
 *   grammar wants a statement terminator there, so the space after `)` becomes `;`.
 * - Switch clauses on one line (`switch ($x) { 1 {'a'} 2 {'b'} }`): likewise the space after a
 *   clause's block becomes `;`.
 * Only commas, param blocks and switch clause blocks directly inside ERROR nodes are touched.
 */
export function repairSource(root: SyntaxNode, source: string): string | undefined {
  const commas: number[] = [];
  const paramEnds: number[] = [];
  const visit = (node: SyntaxNode, inSwitch: boolean) => {
    if (!node.hasError) return;
    const switchy = inSwitch || node.type === 'switch_statement';
    for (const child of node.children) {
      if (!child) continue;
      if (node.isError && child.type === ',') commas.push(child.startIndex);
      if (node.isError && child.type === 'param_block') paramEnds.push(child.endIndex);
      if (node.isError && switchy && child.type === 'statement_block') paramEnds.push(child.endIndex);
      visit(child, switchy);
    }
  };
  visit(root, false);
  let repaired = source;
  for (const at of paramEnds) {
    if (/^[ \t]/.test(repaired.slice(at, at + 1)))
      repaired = `${repaired.slice(0, at)};${repaired.slice(at + 1)}`;
  }
  for (const at of commas.sort((a, b) => b - a)) {
    // Only before a bare word: `, @{...}` and `, $x` already parse.
    const spaces = /^[ \t]+(?=[A-Za-z0-9_*?\\.])/.exec(repaired.slice(at + 1))?.[0];
    if (!spaces) continue;
    repaired = `${repaired.slice(0, at)}${spaces},${repaired.slice(at + 1 + spaces.length)}`;
  }
  return repaired === source ? undefined : repaired;
}
