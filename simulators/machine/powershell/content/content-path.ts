import type { DiskItemPath, ItemPath } from '../paths/item-path.js';

/**
 * The file a content cmdlet works on. The registry has no content (3P: "Cannot use interface. The
 * IContentCmdletProvider interface is not implemented by this provider.", NotSupported).
 */
export function contentPath(path: ItemPath): DiskItemPath {
  if (path.provider === 'FileSystem') return path;
  throw {
    message:
      'Cannot use interface. The IContentCmdletProvider interface is not implemented by this provider.',
    exceptionType: 'System.Management.Automation.PSNotSupportedException',
    errorId: 'NotSupported',
    category: 'NotImplemented',
  };
}
