import type { CommandContext, CommandErrorLike } from '../../../powershell/index.js';
import { serviceErrors } from '../../service-errors.js';
import type { ServiceInfo } from '../../services.js';
import { textList } from '../objects/ps-text.js';
import { hasWildcard, wildcardMatcher } from '../paths/wildcard.js';
import type { MachineShell } from '../shell.js';

/** DOC (Get-Service -DisplayName): no service has that display name. */
const noDisplayName = (name: string): CommandErrorLike => ({
  message: `Cannot find any service with display name '${name}'.`,
  exceptionType: 'Microsoft.PowerShell.Commands.ServiceCommandException',
  errorId: 'NoServiceFoundForGivenDisplayName',
  category: 'ObjectNotFound',
  targetObject: name,
});

/**
 * The services a service cmdlet names (DOC: ServiceBaseCommand): by -Name or -DisplayName, each
 * in the order given; a wildcard matches any number (none is no error) in name order; a plain name
 * that matches nothing is the non-terminating "Cannot find any service with service name '<name>'."
 * (3P). Without either, every service, in name order.
 */
export function findServices(ctx: CommandContext, shell: MachineShell): ServiceInfo[] {
  const scm = shell.machine.services;
  const byDisplay = ctx.params.DisplayName !== undefined && ctx.params.Name === undefined;
  const names = textList(byDisplay ? ctx.params.DisplayName : ctx.params.Name);
  if (names.length === 0 && ctx.params.Name === undefined && !byDisplay) return scm.list();
  const found: ServiceInfo[] = [];
  const add = (info: ServiceInfo) => {
    if (!found.some((s) => s.name === info.name)) found.push(info);
  };
  for (const name of names) {
    if (hasWildcard(name)) {
      const match = wildcardMatcher(name);
      for (const info of scm.list()) if (match(byDisplay ? info.displayName : info.name)) add(info);
      continue;
    }
    const info = byDisplay
      ? scm.list().find((s) => s.displayName.toLowerCase() === name.toLowerCase())
      : scm.find(name);
    if (info) add(info);
    else ctx.writeError(byDisplay ? noDisplayName(name) : serviceErrors.notFound(name));
  }
  return found;
}

/** -ComputerName: only this machine is reachable (remote computers are not emulated). */
export function refuseRemote(ctx: CommandContext, shell: MachineShell, cmdlet: string): void {
  const local = ['.', 'localhost', shell.machine.name.toLowerCase()];
  for (const name of textList(ctx.params.ComputerName))
    if (!local.includes(name.toLowerCase()))
      ctx.unsupported(`${cmdlet} -ComputerName ${name} (remote computers)`);
}
