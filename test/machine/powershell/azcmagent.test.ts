import { describe, expect, it } from 'vitest';
import { AGENT_VERSION } from '../../../simulators/arc/agent/index.js';
import { agentAt } from '../../arc/agent/fixtures.js';
import { firstError, run, useGrammar } from './helpers.js';

useGrammar();

describe('azcmagent', () => {
  it("runs the agent's CLI as a native command: stdout lines, $LASTEXITCODE", () => {
    const { machine, clock, agent } = agentAt();
    const result = run(
      'azcmagent version; "$LASTEXITCODE"; $json = azcmagent show -j | Out-String; $json.Contains(\'"status"\')',
      {
        machine,
        clock,
        agent,
      },
    );
    expect(result.output).toEqual([`azcmagent version ${AGENT_VERSION}`, '0', true]);
  });

  it('flags starting with dashes reach the program untouched', () => {
    const { machine, clock, agent } = agentAt();
    const result = run('azcmagent.exe show --nope; "$LASTEXITCODE $?"', { machine, clock, agent });
    expect(result.text).toBe(['Error: unknown flag: --nope', '1 False'].join('\n'));
  });

  it('is not recognized where the agent is not installed, or not given (3P: CommandNotFoundException)', () => {
    const { machine, clock, agent } = agentAt({ connected: false }, { arcAgent: false });
    for (const options of [
      { machine, clock, agent },
      { machine, clock },
    ]) {
      expect(firstError(run('azcmagent show', options))).toEqual({
        line: "azcmagent : The term 'azcmagent' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
        category: 'ObjectNotFound: (azcmagent:String) [], CommandNotFoundException',
        id: 'CommandNotFoundException',
      });
    }
  });
});
