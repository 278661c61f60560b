import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ARC_AGENT_DATA, ARC_AGENT_FOLDERS, DiskError, MachineDisk } from '../../simulators/machine/index.js';
import { ManualClock, parseUtc } from '../../simulators/shared/clock.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { thrown } from '../support/thrown.js';
import { machineAt, START } from './fixtures.js';

const HIMDS_LOG = 'C:\\ProgramData\\AzureConnectedMachineAgent\\Log\\himds.log';

function newDisk(start = '2025-10-23T08:00:00.123Z') {
  const clock = new ManualClock(start);
  return { clock, disk: new MachineDisk(clock) };
}

describe('paths', () => {
  it('are case-insensitive and case-preserving', () => {
    const { machine } = machineAt({ arcAgent: true });
    machine.disk.writeFile(HIMDS_LOG, 'started\n');
    expect(machine.disk.readText('c:/programdata/azureconnectedmachineagent/log/HIMDS.LOG')).toBe(
      'started\n',
    );
    expect(machine.disk.readdir('c:\\PROGRAMDATA\\AzureConnectedMachineAgent\\LOG')).toEqual(['himds.log']);
    machine.disk.writeFile('C:\\PROGRAMDATA\\azureconnectedmachineagent\\log\\HIMDS.log', 'replaced\n');
    expect(machine.disk.readdir(`${ARC_AGENT_DATA}\\Log`)).toEqual(['himds.log']);
    expect(machine.disk.readText(HIMDS_LOG)).toBe('replaced\n');
  });

  test.prop([fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })])(
    'find a file under any mix of upper and lower case',
    (upper) => {
      const { disk } = newDisk();
      disk.mkdir('C:\\ProgramData\\Contoso');
      disk.writeFile('C:\\ProgramData\\Contoso\\Notes.txt', 'n');
      const name = [...'contoso\\notes']
        .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c))
        .join('');
      expect(disk.readText(`c:\\programdata\\${name}.TXT`)).toBe('n');
    },
  );

  it('accept forward slashes, repeated separators and dots', () => {
    const { disk } = newDisk();
    disk.writeFile('C:/ProgramData//a.txt', 'a');
    expect(disk.readText('C:\\ProgramData\\.\\a.txt')).toBe('a');
    expect(disk.exists('C:\\')).toBe(true);
    expect(disk.exists('C:')).toBe(true);
  });

  it('must be absolute with a drive letter', () => {
    const { disk } = newDisk();
    expect(() => disk.readText('ProgramData\\x.txt')).toThrow(InvariantError);
    expect(() => disk.readText('ProgramData\\x.txt')).toThrow(
      "[hotpatch-harness] a disk path must be absolute with a drive letter, got 'ProgramData\\x.txt'",
    );
  });
});

describe('layout', () => {
  it('has the Windows folders', () => {
    const { disk } = newDisk();
    for (const folder of [
      'C:\\Windows\\System32',
      'C:\\ProgramData',
      'C:\\Program Files',
      'C:\\Users\\Public',
    ])
      expect(disk.stat(folder).isDirectory).toBe(true);
    expect(disk.readdir('C:\\')).toEqual(['Program Files', 'ProgramData', 'Users', 'Windows']);
  });

  it('has the Arc folders on agent machines and not on others', () => {
    const agent = machineAt({ arcAgent: true }).machine;
    const bare = machineAt({ name: 'BARE01', arcAgent: false }).machine;
    for (const folder of ARC_AGENT_FOLDERS) {
      expect(agent.disk.exists(folder)).toBe(true);
      expect(agent.disk.stat(folder).isDirectory).toBe(true);
      expect(bare.disk.exists(folder)).toBe(false);
    }
    expect(agent.disk.readdir(ARC_AGENT_DATA)).toEqual(['Config', 'Log', 'Tokens']);
    expect(bare.disk.exists('C:\\ProgramData')).toBe(true);
  });

  it('gives each machine its own disk', () => {
    const a = machineAt({ name: 'A' }).machine;
    const b = machineAt({ name: 'B' }).machine;
    a.disk.writeFile(HIMDS_LOG, 'a');
    expect(b.disk.exists(HIMDS_LOG)).toBe(false);
  });
});

describe('errors', () => {
  it('writing into a missing folder is DirectoryNotFound', () => {
    const { disk } = newDisk();
    const error = thrown(() => disk.writeFile('C:\\nope\\x.txt', 'x'));
    expect(error).toBeInstanceOf(DiskError);
    expect(error).toMatchObject({
      message: "Could not find a part of the path 'C:\\nope\\x.txt'.",
      code: 'DirectoryNotFound',
      exceptionType: 'System.IO.DirectoryNotFoundException',
      path: 'C:\\nope\\x.txt',
    });
    expect(disk.exists('C:\\nope')).toBe(false);
    expect(() => disk.appendFile('C:\\nope\\deeper\\x.txt', 'x')).toThrow(
      "Could not find a part of the path 'C:\\nope\\deeper\\x.txt'.",
    );
  });

  it('reading a missing file is FileNotFound', () => {
    const { disk } = newDisk();
    const error = thrown(() => disk.readText('C:\\ProgramData\\x.txt'));
    expect(error).toBeInstanceOf(DiskError);
    expect(error).toMatchObject({
      message: "Could not find file 'C:\\ProgramData\\x.txt'.",
      code: 'FileNotFound',
      exceptionType: 'System.IO.FileNotFoundException',
    });
  });

  it('reading a file in a missing folder is DirectoryNotFound', () => {
    const { disk } = newDisk();
    expect(() => disk.readText('C:\\nope\\x.txt')).toThrow(
      "Could not find a part of the path 'C:\\nope\\x.txt'.",
    );
    expect(() => disk.stat('C:\\nope\\x.txt')).toThrow(
      "Could not find a part of the path 'C:\\nope\\x.txt'.",
    );
  });

  it('a file is not a folder on the way to another path', () => {
    const { disk } = newDisk();
    disk.writeFile('C:\\ProgramData\\x.txt', 'x');
    expect(disk.exists('C:\\ProgramData\\x.txt\\y.txt')).toBe(false);
    const write = thrown(() => disk.writeFile('C:\\ProgramData\\x.txt\\y.txt', 'y'));
    expect(write).toBeInstanceOf(DiskError);
    expect(write).toMatchObject({
      message: "Could not find a part of the path 'C:\\ProgramData\\x.txt\\y.txt'.",
    });
    expect(() => disk.readText('C:\\ProgramData\\x.txt\\y.txt')).toThrow(
      "Could not find a part of the path 'C:\\ProgramData\\x.txt\\y.txt'.",
    );
    expect(disk.readText('C:\\ProgramData\\x.txt')).toBe('x');
  });

  it('reading or writing a folder as a file is access denied', () => {
    const { disk } = newDisk();
    for (const op of [() => disk.readText('C:\\ProgramData'), () => disk.writeFile('C:\\ProgramData', 'x')]) {
      expect(thrown(op)).toMatchObject({
        message: "Access to the path 'C:\\ProgramData' is denied.",
        code: 'IsADirectory',
        exceptionType: 'System.UnauthorizedAccessException',
      });
    }
  });

  it('listing a missing folder is DirectoryNotFound', () => {
    const { disk } = newDisk();
    expect(() => disk.readdir('C:\\ProgramData\\Nope')).toThrow(
      "Could not find a part of the path 'C:\\ProgramData\\Nope'.",
    );
  });
});

describe('files', () => {
  it('append creates, then extends; sizes are in bytes', () => {
    const { disk } = newDisk();
    disk.appendFile('C:\\ProgramData\\a.log', 'ä');
    disk.appendFile('C:\\ProgramData\\a.log', 'b');
    expect(disk.readText('C:\\ProgramData\\a.log')).toBe('äb');
    expect(disk.stat('C:\\ProgramData\\a.log')).toMatchObject({ isDirectory: false, size: 3 });
    disk.writeFile('C:\\ProgramData\\a.log', new Uint8Array([1, 2]));
    expect([...disk.readBytes('C:\\ProgramData\\a.log')]).toEqual([1, 2]);
  });

  it('lastWriteTime is the virtual time of the last write', () => {
    const { clock, disk } = newDisk();
    const path = 'C:\\ProgramData\\a.log';
    disk.writeFile(path, 'one');
    const written = clock.now();
    expect(disk.stat(path).lastWriteTime).toBe(written);
    clock.advance(90_061_007);
    expect(disk.stat(path).lastWriteTime).toBe(written);
    disk.appendFile(path, 'two');
    expect(disk.stat(path).lastWriteTime).toBe(written + 90_061_007);
    clock.set('2025-11-11T18:00:00.999Z');
    disk.readText(path);
    expect(disk.stat(path).lastWriteTime).toBe(written + 90_061_007);
    disk.writeFile(path, 'three');
    expect(disk.stat(path).lastWriteTime).toBe(parseUtc('2025-11-11T18:00:00.999Z'));
  });

  it('folders take the virtual time when made and when an entry is added or removed', () => {
    const { clock, disk } = newDisk();
    const laidOut = clock.now();
    expect(disk.stat('C:\\').lastWriteTime).toBe(laidOut);
    expect(disk.stat('C:\\Windows').lastWriteTime).toBe(laidOut);

    clock.advance(1000);
    disk.mkdir('C:\\ProgramData\\Contoso\\Agent\\Logs');
    for (const folder of [
      'ProgramData',
      'ProgramData\\Contoso',
      'ProgramData\\Contoso\\Agent',
      'ProgramData\\Contoso\\Agent\\Logs',
    ])
      expect(disk.stat(`C:\\${folder}`).lastWriteTime).toBe(laidOut + 1000);
    expect(disk.stat('C:\\').lastWriteTime).toBe(laidOut);

    clock.advance(1000);
    disk.writeFile('C:\\ProgramData\\Contoso\\a.txt', 'a');
    expect(disk.stat('C:\\ProgramData\\Contoso').lastWriteTime).toBe(laidOut + 2000);
    expect(disk.stat('C:\\ProgramData').lastWriteTime).toBe(laidOut + 1000);

    clock.advance(1000);
    disk.appendFile('C:\\ProgramData\\Contoso\\a.txt', 'b');
    expect(disk.stat('C:\\ProgramData\\Contoso').lastWriteTime).toBe(laidOut + 2000);

    clock.advance(1000);
    disk.remove('C:\\ProgramData\\Contoso\\a.txt');
    expect(disk.stat('C:\\ProgramData\\Contoso').lastWriteTime).toBe(laidOut + 4000);

    clock.advance(1000);
    disk.remove('C:\\ProgramData\\Contoso', { recursive: true });
    expect(disk.stat('C:\\ProgramData').lastWriteTime).toBe(laidOut + 5000);
  });

  it('mkdir of an existing folder changes nothing', () => {
    const { clock, disk } = newDisk();
    disk.mkdir('C:\\ProgramData\\Contoso');
    disk.writeFile('C:\\ProgramData\\Contoso\\a.txt', 'a');
    const before = disk.stat('C:\\ProgramData\\Contoso').lastWriteTime;
    clock.advance(1000);
    disk.mkdir('c:\\programdata\\CONTOSO');
    expect(disk.readdir('C:\\ProgramData')).toContain('Contoso');
    expect(disk.readdir('C:\\ProgramData')).not.toContain('CONTOSO');
    expect(disk.readText('C:\\ProgramData\\Contoso\\a.txt')).toBe('a');
    expect(disk.stat('C:\\ProgramData\\Contoso').lastWriteTime).toBe(before);
  });
});

describe('folders', () => {
  it('readdir sorts case-insensitively, by upper-cased code unit as NTFS does', () => {
    const { disk } = newDisk();
    disk.mkdir('C:\\T');
    for (const name of ['b.txt', 'C.txt', 'a.txt', 'B2.txt', '_x.txt']) disk.writeFile(`C:\\T\\${name}`, '');
    expect(disk.readdir('C:\\T')).toEqual(['a.txt', 'b.txt', 'B2.txt', 'C.txt', '_x.txt']);
  });

  it('remove of a non-empty folder needs recursive', () => {
    const { disk } = newDisk();
    disk.mkdir('C:\\ProgramData\\Full');
    disk.writeFile('C:\\ProgramData\\Full\\f.txt', 'f');
    const error = thrown(() => disk.remove('C:\\ProgramData\\Full'));
    expect(error).toBeInstanceOf(DiskError);
    expect(error).toMatchObject({
      message: "The directory is not empty. : 'C:\\ProgramData\\Full'",
      code: 'DirectoryNotEmpty',
      exceptionType: 'System.IO.IOException',
    });
    expect(disk.readText('C:\\ProgramData\\Full\\f.txt')).toBe('f');
    disk.remove('c:\\programdata\\full', { recursive: true });
    expect(disk.exists('C:\\ProgramData\\Full')).toBe(false);
    expect(disk.exists('C:\\ProgramData')).toBe(true);
  });

  it('remove of an empty folder or a file needs no recursive', () => {
    const { disk } = newDisk();
    disk.mkdir('C:\\ProgramData\\Empty');
    disk.remove('C:\\ProgramData\\Empty');
    expect(disk.exists('C:\\ProgramData\\Empty')).toBe(false);
    disk.writeFile('C:\\ProgramData\\f.txt', 'f');
    disk.remove('C:\\PROGRAMDATA\\F.TXT');
    expect(disk.exists('C:\\ProgramData\\f.txt')).toBe(false);
  });

  it('remove of a missing file is FileNotFound', () => {
    const { disk } = newDisk();
    expect(() => disk.remove('C:\\ProgramData\\x.txt')).toThrow(
      "Could not find file 'C:\\ProgramData\\x.txt'.",
    );
  });
});

describe('the machine disk', () => {
  it('stamps files with the machine clock', () => {
    const { clock, machine } = machineAt({}, START);
    clock.advance(5000);
    machine.disk.appendFile(HIMDS_LOG, 'x');
    expect(machine.disk.stat(HIMDS_LOG).lastWriteTime).toBe(parseUtc(START) + 5000);
  });
});

describe('dot segments', () => {
  it('resolves . and .. as Windows does before looking a path up', () => {
    const { machine } = machineAt();
    machine.disk.writeFile('C:\\ProgramData\\a.txt', 'x');
    expect(machine.disk.readText('C:\\Windows\\..\\ProgramData\\.\\a.txt')).toBe('x');
    expect(machine.disk.exists('C:\\..\\..\\ProgramData')).toBe(true);
  });
});

describe('back-dated appends (a buffered log flushed late)', () => {
  it('leave the file at the given instant, not the clock', () => {
    const { clock, disk } = newDisk('2025-10-23T08:00:00Z');
    disk.writeFile('C:\\ProgramData\\log.txt', 'a\n');
    clock.advance(60_000);
    disk.appendFile('C:\\ProgramData\\log.txt', 'b\n', { at: parseUtc('2025-10-23T08:00:30Z') });
    expect(disk.readText('C:\\ProgramData\\log.txt')).toBe('a\nb\n');
    expect(disk.stat('C:\\ProgramData\\log.txt').lastWriteTime).toBe(parseUtc('2025-10-23T08:00:30Z'));
    expect(disk.stat('C:\\ProgramData').lastWriteTime).toBe(parseUtc('2025-10-23T08:00:00Z')); // not created: untouched
  });

  it('create the file, and lay out a disk used for the first time, at `from`', () => {
    const { clock, disk } = newDisk('2025-10-23T08:00:00Z');
    clock.advance(3_600_000);
    disk.appendFile('C:\\ProgramData\\log.txt', 'a\nb\n', {
      from: parseUtc('2025-10-23T08:10:00Z'),
      at: parseUtc('2025-10-23T08:20:00Z'),
    });
    expect(disk.stat('C:\\ProgramData\\log.txt').lastWriteTime).toBe(parseUtc('2025-10-23T08:20:00Z'));
    expect(disk.stat('C:\\ProgramData').lastWriteTime).toBe(parseUtc('2025-10-23T08:10:00Z'));
    expect(disk.stat('C:\\Windows').lastWriteTime).toBe(parseUtc('2025-10-23T08:10:00Z'));
  });

  it('cannot be in the future, nor run backwards', () => {
    const { clock, disk } = newDisk('2025-10-23T08:00:00Z');
    const now = clock.now();
    expect(() => disk.appendFile('C:\\ProgramData\\log.txt', 'x', { at: now + 1 })).toThrow(InvariantError);
    expect(() => disk.appendFile('C:\\ProgramData\\log.txt', 'x', { from: now, at: now - 1 })).toThrow(
      InvariantError,
    );
    expect(disk.exists('C:\\ProgramData\\log.txt')).toBe(false);
  });
});

describe('beforeAccess hooks', () => {
  const ops: Record<string, (disk: MachineDisk) => unknown> = {
    exists: (d) => d.exists('C:\\ProgramData\\f.txt'),
    stat: (d) => d.stat('C:\\ProgramData\\f.txt'),
    readText: (d) => d.readText('C:\\ProgramData\\f.txt'),
    readBytes: (d) => d.readBytes('C:\\ProgramData\\f.txt'),
    writeFile: (d) => d.writeFile('C:\\ProgramData\\g.txt', 'g'),
    appendFile: (d) => d.appendFile('C:\\ProgramData\\g.txt', 'g'),
    mkdir: (d) => d.mkdir('C:\\ProgramData\\Sub'),
    readdir: (d) => d.readdir('C:\\ProgramData'),
    remove: (d) => d.remove('C:\\ProgramData\\f.txt'),
  };

  for (const [name, op] of Object.entries(ops))
    it(`run once before ${name}, which sees what the hook wrote`, () => {
      const { disk } = newDisk();
      let calls = 0;
      let pending = 'f\n';
      disk.beforeAccess(() => {
        calls++;
        // The hook's own writes do not run the hooks again.
        if (pending) disk.appendFile('C:\\ProgramData\\f.txt', pending);
        pending = '';
      });
      op(disk);
      expect(calls).toBe(1);
      if (name !== 'remove') expect(disk.readText('C:\\ProgramData\\f.txt')).toBe('f\n');
      else expect(disk.exists('C:\\ProgramData\\f.txt')).toBe(false);
      expect(calls).toBe(2); // and once more for the check above
    });

  it('all run, in the order they were registered', () => {
    const { disk } = newDisk();
    const seen: string[] = [];
    disk.beforeAccess(() => seen.push('first'));
    disk.beforeAccess(() => seen.push('second'));
    disk.exists('C:\\');
    expect(seen).toEqual(['first', 'second']);
  });
});
