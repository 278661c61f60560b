import { Volume } from 'memfs';
import { foldName } from '../registry/index.js';
import type { Clock } from '../shared/clock.js';
import { invariant } from '../shared/invariant.js';

/** A failed disk operation, with the .NET exception and message Windows would give. */
export class DiskError extends Error {
  override name = 'DiskError';

  constructor(
    readonly code: 'FileNotFound' | 'DirectoryNotFound' | 'IsADirectory' | 'DirectoryNotEmpty',
    readonly exceptionType: string,
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

const diskErrors = {
  fileNotFound: (path: string) =>
    new DiskError('FileNotFound', 'System.IO.FileNotFoundException', `Could not find file '${path}'.`, path),
  directoryNotFound: (path: string) =>
    new DiskError(
      'DirectoryNotFound',
      'System.IO.DirectoryNotFoundException',
      `Could not find a part of the path '${path}'.`,
      path,
    ),
  isADirectory: (path: string) =>
    new DiskError(
      'IsADirectory',
      'System.UnauthorizedAccessException',
      `Access to the path '${path}' is denied.`,
      path,
    ),
  notEmpty: (path: string) =>
    new DiskError(
      'DirectoryNotEmpty',
      'System.IO.IOException',
      `The directory is not empty. : '${path}'`,
      path,
    ),
};

/** An entry's metadata. */
export interface DiskEntry {
  readonly isDirectory: boolean;
  readonly size: number;
  /** Virtual milliseconds since the epoch. */
  readonly lastWriteTime: number;
}

/** The folders every Windows Server installation has. */
const WINDOWS_FOLDERS = [
  'C:\\Windows\\System32',
  'C:\\ProgramData',
  'C:\\Program Files',
  'C:\\Users\\Public',
];

/**
 * A machine's disk: Windows paths (`C:\ProgramData\...`, `/` allowed) on an in-memory volume,
 * case-insensitive and case-preserving like NTFS. The volume is created on first use, so an idle
 * machine costs nothing; timestamps come from the virtual clock.
 */
export class MachineDisk {
  #volume: InstanceType<typeof Volume> | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly folders: readonly string[] = [],
  ) {}

  exists(path: string): boolean {
    return this.#resolve(path).found;
  }

  stat(path: string): DiskEntry {
    const target = this.#existing(path, diskErrors.fileNotFound);
    const stat = this.#vol.statSync(target);
    return { isDirectory: stat.isDirectory(), size: Number(stat.size), lastWriteTime: Number(stat.mtimeMs) };
  }

  readText(path: string): string {
    return this.readBytes(path).toString('utf8');
  }

  readBytes(path: string): Buffer {
    const target = this.#existing(path, diskErrors.fileNotFound);
    if (this.#vol.statSync(target).isDirectory()) throw diskErrors.isADirectory(path);
    return this.#vol.readFileSync(target) as Buffer;
  }

  /** Creates or replaces a file; its folder must exist. */
  writeFile(path: string, data: string | Uint8Array): void {
    this.#write(path, data, false);
  }

  /** Appends to a file, creating it when absent; its folder must exist. */
  appendFile(path: string, data: string | Uint8Array): void {
    this.#write(path, data, true);
  }

  /**
   * Creates a folder with its missing parents (New-Item -ItemType Directory -Force, mkdir). Each
   * folder created, and the folder it is created in, gets the virtual time as its last write.
   */
  mkdir(path: string): void {
    let at = '';
    for (const part of this.#resolve(path).posix.split('/').slice(1)) {
      const parent = at;
      at += `/${part}`;
      if (this.#vol.existsSync(at)) continue;
      this.#vol.mkdirSync(at);
      this.#touch(at);
      if (parent !== '') this.#touch(parent);
    }
  }

  /** Names in a folder, in NTFS's case-insensitive order. */
  readdir(path: string): string[] {
    const target = this.#existing(path, diskErrors.directoryNotFound);
    return (this.#vol.readdirSync(target) as string[]).sort((a, b) => (foldName(a) < foldName(b) ? -1 : 1));
  }

  /** Deletes a file, or a folder (non-empty ones only when recursive). */
  remove(path: string, options: { recursive?: boolean } = {}): void {
    const target = this.#existing(path, diskErrors.fileNotFound);
    if (this.#vol.statSync(target).isDirectory()) {
      if (!options.recursive && (this.#vol.readdirSync(target) as string[]).length > 0)
        throw diskErrors.notEmpty(path);
      this.#vol.rmSync(target, { recursive: true });
    } else {
      this.#vol.unlinkSync(target);
    }
    this.#touchParent(target);
  }

  get #vol(): InstanceType<typeof Volume> {
    if (!this.#volume) {
      this.#volume = new Volume();
      for (const folder of [...WINDOWS_FOLDERS, ...this.folders]) this.mkdir(folder);
    }
    return this.#volume;
  }

  #write(path: string, data: string | Uint8Array, append: boolean): void {
    const resolved = this.#resolve(path);
    if (!resolved.parentFound) throw diskErrors.directoryNotFound(path);
    if (resolved.found && this.#vol.statSync(resolved.posix).isDirectory())
      throw diskErrors.isADirectory(path);
    if (append) this.#vol.appendFileSync(resolved.posix, data);
    else this.#vol.writeFileSync(resolved.posix, data);
    this.#touch(resolved.posix);
    if (!resolved.found) this.#touchParent(resolved.posix);
  }

  #touch(posix: string): void {
    const seconds = this.clock.now() / 1000;
    this.#vol.utimesSync(posix, seconds, seconds);
  }

  /** A folder's last write moves when an entry is added to it or removed from it (NTFS). */
  #touchParent(posix: string): void {
    const parent = posix.slice(0, posix.lastIndexOf('/'));
    if (parent !== '') this.#touch(parent);
  }

  #existing(path: string, notFound: (path: string) => DiskError): string {
    const resolved = this.#resolve(path);
    if (!resolved.found) throw resolved.parentFound ? notFound(path) : diskErrors.directoryNotFound(path);
    return resolved.posix;
  }

  /** Maps a Windows path to the volume, matching existing names case-insensitively. */
  #resolve(path: string): { posix: string; found: boolean; parentFound: boolean } {
    const m = /^([A-Za-z]):(?:[\\/]+(.*))?$/s.exec(path);
    invariant(m, `a disk path must be absolute with a drive letter, got '${path}'`);
    // Windows folds `.` and `..` away before it looks anything up (Path.GetFullPath).
    const parts: string[] = [];
    for (const part of (m[2] ?? '').split(/[\\/]+/)) {
      if (part === '..') parts.pop();
      else if (part !== '' && part !== '.') parts.push(part);
    }
    let posix = `/${(m[1] ?? 'C').toUpperCase()}`;
    let found = this.#vol.existsSync(posix);
    let parentFound = found;
    for (const part of parts) {
      // A file on the way is not a folder: nothing below it exists.
      parentFound = found && this.#vol.statSync(posix).isDirectory();
      const match = parentFound
        ? (this.#vol.readdirSync(posix) as string[]).find((n) => foldName(n) === foldName(part))
        : undefined;
      found = match !== undefined;
      posix += `/${match ?? part}`;
    }
    return { posix, found, parentFound: parts.length === 0 ? true : parentFound };
  }
}
