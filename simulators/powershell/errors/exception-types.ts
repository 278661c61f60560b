/**
 * DOC (.NET and System.Management.Automation reference): the base type of each exception type
 * the host raises, so `catch [System.Management.Automation.RuntimeException]` also catches a
 * CommandNotFoundException. Types not listed derive from System.Exception.
 */
const BASES: Record<string, string> = {
  'System.SystemException': 'System.Exception',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.RemoteException': 'System.Management.Automation.RuntimeException',
  'System.Net.WebException': 'System.InvalidOperationException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ActionPreferenceStopException':
    'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'System.InvalidCastException': 'System.SystemException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.IO.IOException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.FormatException': 'System.SystemException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'Microsoft.PowerShell.Commands.WriteErrorException': 'System.SystemException',
  'Microsoft.PowerShell.Commands.ServiceCommandException': 'System.SystemException',
};

/** True when an exception of type `actual` is caught by `catch [wanted]`. */
export function isExceptionOf(actual: string, wanted: string): boolean {
  const target = canonical(wanted);
  for (
    let type: string | undefined = actual;
    type;
    type = BASES[type] ?? (type === 'System.Exception' ? undefined : 'System.Exception')
  ) {
    if (type.toLowerCase() === target) return true;
  }
  return false;
}

/** PowerShell resolves `[Exception]` and `[IO.IOException]` by trying the System namespace. */
function canonical(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('system.') || lower.startsWith('microsoft.')) return lower;
  return `system.${lower}`;
}
