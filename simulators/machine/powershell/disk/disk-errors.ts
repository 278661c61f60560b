import type { CommandErrorLike } from '../../../powershell/index.js';
import { DiskError } from '../../disk.js';

/**
 * A disk failure as the FileSystem provider reports it for one cmdlet: the .NET exception and
 * message the disk gave, with the error id and category the provider uses for that operation.
 */
export function diskCommandError(error: DiskError, errorId: string, category: string): CommandErrorLike {
  return {
    message: error.message,
    exceptionType: error.exceptionType,
    errorId,
    category,
    targetObject: error.path,
  };
}

/** Runs a disk operation, turning a DiskError into the cmdlet's error (ids per operation). */
export function onDisk<T>(run: () => T, ids: Partial<Record<DiskError['code'], [string, string]>>): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    const [errorId, category] = ids[error.code] ?? [error.exceptionType, 'NotSpecified'];
    throw diskCommandError(error, errorId, category);
  }
}
