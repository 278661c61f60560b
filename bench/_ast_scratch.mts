import { loadPowerShellGrammar } from '../simulators/powershell/syntax/grammar.js';
import { parseScript } from '../simulators/powershell/syntax/parse.js';

await loadPowerShellGrammar();
const strip = (k: string, v: unknown) => (k === 'ext' || k === 'nameExt' ? undefined : v);
for (const src of process.argv.slice(2)) {
  try {
    console.log(JSON.stringify(parseScript(src).block, strip));
  } catch (e) {
    console.log(String(e));
  }
}
