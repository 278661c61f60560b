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

/**
 * An append made earlier than it lands on the disk: `data` was written from `from` (default `at`)
 * to `at`. The file's last write is `at`; a file the append creates, and a disk it lays out, date
 * from `from`. Neither may be later than the clock.
 */
export interface BackdatedWrite {
  readonly at: number;
  readonly from?: number;
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
 * machine costs nothing; timestamps come from the virtual clock. Writers that buffer (the Arc
 * agent's logs) register a {@link beforeAccess} hook to put their data on the disk before anyone
 * can see it.
 */
export class MachineDisk {
  #volume: InstanceType<typeof Volume> | undefined;
  readonly #hooks: (() => void)[] = [];
  #inHooks = false;

  constructor(
    private readonly clock: Clock,
    private readonly folders: readonly string[] = [],
  ) {}

  /**
   * Runs `hook` before every later read or write of the disk (exists, stat, readText, readBytes,
   * writeFile, appendFile, mkdir, readdir, remove), so a writer that buffers can flush first. Disk
   * calls the hooks make themselves do not run the hooks again.
   */
  beforeAccess(hook: () => void): void {
    this.#hooks.push(hook);
  }

  exists(path: string): boolean {
    this.#enter();
    return this.#resolve(path).found;
  }

  stat(path: string): DiskEntry {
    this.#enter();
    const target = this.#existing(path, diskErrors.fileNotFound);
    const stat = this.#vol.statSync(target);
    return { isDirectory: stat.isDirectory(), size: Number(stat.size), lastWriteTime: Number(stat.mtimeMs) };
  }

  readText(path: string): string {
    return this.readBytes(path).toString('utf8');
  }

  readBytes(path: string): Buffer {
    this.#enter();
    const target = this.#existing(path, diskErrors.fileNotFound);
    if (this.#vol.statSync(target).isDirectory()) throw diskErrors.isADirectory(path);
    return this.#vol.readFileSync(target) as Buffer;
  }

  /** Creates or replaces a file; its folder must exist. */
  writeFile(path: string, data: string | Uint8Array): void {
    this.#enter();
    this.#write(path, data, false);
  }

  /**
   * Appends to a file, creating it when absent; its folder must exist. `time` back-dates the
   * write (a buffered log flushed late); otherwise it happens now.
   */
  appendFile(path: string, data: string | Uint8Array, time?: BackdatedWrite): void {
    this.#enter();
    this.#write(path, data, true, time);
  }

  /**
   * Creates a folder with its missing parents (New-Item -ItemType Directory -Force, mkdir). Each
   * folder created, and the folder it is created in, gets the virtual time as its last write.
   */
  mkdir(path: string): void {
    this.#enter();
    this.#mkdir(path, this.clock.now());
  }

  /** Names in a folder, in NTFS's case-insensitive order. */
  readdir(path: string): string[] {
    this.#enter();
    const target = this.#existing(path, diskErrors.directoryNotFound);
    return (this.#vol.readdirSync(target) as string[]).sort((a, b) => (foldName(a) < foldName(b) ? -1 : 1));
  }

  /** Deletes a file, or a folder (non-empty ones only when recursive). */
  remove(path: string, options: { recursive?: boolean } = {}): void {
    this.#enter();
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

  /** Runs the hooks first, unless a hook is what is using the disk. */
  #enter(): void {
    if (this.#inHooks || this.#hooks.length === 0) return;
    this.#inHooks = true;
    try {
      for (const hook of this.#hooks) hook();
    } finally {
      this.#inHooks = false;
    }
  }

  get #vol(): InstanceType<typeof Volume> {
    if (!this.#volume) this.#layOut(this.clock.now());
    return this.#volume as InstanceType<typeof Volume>;
  }

  /** Creates the volume with the Windows folders, dated `at`: the disk's first use. */
  #layOut(at: number): void {
    this.#volume = new Volume();
    for (const folder of [...WINDOWS_FOLDERS, ...this.folders]) this.#mkdir(folder, at);
  }

  /** Each folder created, and the folder it is created in, gets `at` as its last write. */
  #mkdir(path: string, at: number): void {
    let posix = '';
    for (const part of this.#resolve(path).posix.split('/').slice(1)) {
      const parent = posix;
      posix += `/${part}`;
      if (this.#vol.existsSync(posix)) continue;
      this.#vol.mkdirSync(posix);
      this.#touch(posix, at);
      if (parent !== '') this.#touch(parent, at);
    }
  }

  #write(path: string, data: string | Uint8Array, append: boolean, time?: BackdatedWrite): void {
    const now = this.clock.now();
    const at = time?.at ?? now;
    const from = time?.from ?? at;
    invariant(
      from <= at && at <= now,
      () => `a back-dated write runs from ${from} to ${at}, not after ${now}`,
    );
    // A first use that was back-dated lays the disk out when it really happened.
    if (!this.#volume) this.#layOut(from);
    const resolved = this.#resolve(path);
    if (!resolved.parentFound) throw diskErrors.directoryNotFound(path);
    if (resolved.found && this.#vol.statSync(resolved.posix).isDirectory())
      throw diskErrors.isADirectory(path);
    if (append) this.#vol.appendFileSync(resolved.posix, data);
    else this.#vol.writeFileSync(resolved.posix, data);
    this.#touch(resolved.posix, at);
    if (!resolved.found) this.#touchParent(resolved.posix, from);
  }

  #touch(posix: string, at: number = this.clock.now()): void {
    const seconds = at / 1000;
    this.#vol.utimesSync(posix, seconds, seconds);
  }

  /** A folder's last write moves when an entry is added to it or removed from it (NTFS). */
  #touchParent(posix: string, at?: number): void {
    const parent = posix.slice(0, posix.lastIndexOf('/'));
    if (parent !== '') this.#touch(parent, at);
  }

  #existing(path: string, notFound: (path: string) => DiskError): string {
    const resolved = this.#resolve(path);
    if (!resolved.found) throw resolved.parentFound ? notFound(path) : diskErrors.directoryNotFound(path);
    return resolved.posix;
  }

  /** Maps a Windows path to the volume, matching existing names case-insensitively. */
  #resolve(path: string): { posix: string; found: boolean; parentFound: boolean } {
    const m = /^([A-Za-z]):(?:[\\/]+(.*))?$/s.exec(path);
    invariant(m, () => `a disk path must be absolute with a drive letter, got '${path}'`);
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
