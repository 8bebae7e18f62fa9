// The reference receiver never acknowledges what it has not stored, over real HTTP: a full disk
// (a real small tmpfs when root, and a fault-injecting file layer), a torn last line at start,
// and reference numbers that are never given out twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importSchemas } from './schemas-in-node.mjs';
import { serve, report, records, readData, dataFile, numberOf, record, stopAll } from './receiver-harness.mjs';

let schemas;
let tmp;
const cleanups = [];

before(async () => {
  ({ schemas, dir: tmp } = await importSchemas('soc-receiver-storage-'));
});
after(async () => {
  await stopAll();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const folder = async (name) => mkdtemp(join(tmp, `${name}-`));

/** Asserts a 503 storage failure with Retry-After. */
async function assertStorageUnavailable(response) {
  assert.equal(response.status, 503);
  assert.match(response.headers.get('retry-after') ?? '', /^\d+$/);
  assert.deepEqual(await response.json(), { errors: [{ path: '', code: 'storage_unavailable' }] });
}

test('disk full on a real tmpfs: 503 with Retry-After and only complete lines; after space is freed the next reference on a clean line; a restart keeps every reference once', async (t) => {
  if (process.getuid?.() !== 0) return t.skip('disk-full test on a real tmpfs needs root for tmpfs (mount -t tmpfs); the fault-injection test below still runs');
  const mnt = await folder('tmpfs');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mnt], { stdio: 'pipe' });
  } catch (error) {
    return t.skip(`disk-full test skipped: mount -t tmpfs failed (${String(error.stderr ?? error.message).trim()}); it needs root with the right to mount`);
  }
  cleanups.push(() => execFileSync('umount', [mnt]));
  const dataDir = join(mnt, 'data');
  let server = await serve({ schemas, dataDir });

  const first = [];
  for (let i = 0; i < 3; i++) {
    const r = await server.post(report());
    assert.equal(r.status, 201);
    first.push((await r.json()).reference);
  }
  const before = readData(dataDir);

  // Fill the file system: whole pages first, then byte by byte, until nothing more fits.
  const filler = join(mnt, 'filler');
  const fd = fs.openSync(filler, 'w');
  for (const size of [4096, 1]) {
    const chunk = Buffer.alloc(size, 0x2e);
    try {
      for (;;) if (fs.writeSync(fd, chunk) < size) break;
    } catch (error) {
      if (error.code !== 'ENOSPC') throw error;
    }
  }
  fs.closeSync(fd);

  // A record larger than a page cannot fit in what is left of the data file's last page: the
  // kernel takes part of it (a short write), then says ENOSPC.
  const key = crypto.randomUUID();
  const big = report({ description: 'Det här är en lång beskrivning av oron. '.repeat(120) });
  await assertStorageUnavailable(await server.post(big, { key }));
  assert.equal(readData(dataDir), before, 'the data file is back at its last complete record');
  assert.deepEqual(records(dataDir).map((r) => r.reference), first);

  fs.rmSync(filler);
  const retried = await server.post(big, { key });
  assert.equal(retried.status, 201);
  const { reference } = await retried.json();
  assert.equal(numberOf(reference), numberOf(first.at(-1)) + 1, 'the failed write used up no number');
  assert.deepEqual(records(dataDir).map((r) => r.reference), [...first, reference]);

  await server.stop();
  server = await serve({ schemas, dataDir });
  assert.equal(server.receiver.count, 4);
  const again = await server.post(big, { key });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).reference, reference);
  const next = await (await server.post(report())).json();
  assert.equal(numberOf(next.reference), numberOf(reference) + 1);
  const all = records(dataDir).map((r) => r.reference);
  assert.equal(new Set(all).size, all.length, 'no reference twice');
  await server.stop();
});

test('a fault-injecting file layer: a short write, ENOSPC mid-record and a failed fsync each give 503 with Retry-After, the file keeps only complete records, and the next report gets the next number', async () => {
  const dataDir = await folder('faults');
  /** The next write or fsync on the data file runs this instead, when set. */
  const faults = { write: null, fsync: null, truncate: null };
  const layer = {
    ...fs,
    writeSync(...args) {
      const fault = faults.write;
      faults.write = null;
      return fault ? fault(...args) : fs.writeSync(...args);
    },
    fsyncSync(...args) {
      const fault = faults.fsync;
      faults.fsync = null;
      return fault ? fault(...args) : fs.fsyncSync(...args);
    },
    ftruncateSync(...args) {
      const fault = faults.truncate;
      faults.truncate = null;
      return fault ? fault(...args) : fs.ftruncateSync(...args);
    },
  };
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  /** Writes the first `n` bytes for real and reports them; what the kernel does on a full disk. */
  const partly = (n, then) => (fd, buffer, offset, length) => {
    faults.write = then;
    return fs.writeSync(fd, buffer, offset, Math.min(n, length));
  };

  const server = await serve({ schemas, dataDir, fs: layer });
  const references = [];
  const ok = async () => {
    const r = await server.post(report());
    assert.equal(r.status, 201);
    references.push((await r.json()).reference);
  };
  await ok();

  const cases = {
    'short write, then nothing written': () => (faults.write = partly(100, () => 0)),
    'short write, then ENOSPC': () => (faults.write = partly(57, () => { throw enospc(); })),
    'ENOSPC at once': () => (faults.write = () => { throw enospc(); }),
    'fsync fails after a whole write': () => (faults.fsync = () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); }),
    'short write and the cut back fails too': () => {
      faults.write = partly(80, () => { throw enospc(); });
      faults.truncate = () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); };
    },
  };
  for (const [name, arm] of Object.entries(cases)) {
    const before = readData(dataDir);
    arm();
    await assertStorageUnavailable(await server.post(report()));
    if (name !== 'short write and the cut back fails too') assert.equal(readData(dataDir), before, `${name}: file cut back`);
    await ok();
    assert.equal(numberOf(references.at(-1)), numberOf(references.at(-2)) + 1, `${name}: no number used up`);
    assert.deepEqual(records(dataDir).map((r) => r.reference), references, `${name}: only complete records`);
  }
  assert.ok(!server.logs.join('\n').includes('Alva'), 'no personal data in the log');
  assert.ok(server.logs.some((l) => / 503 concern-report storage_unavailable ENOSPC$/.test(l)), server.logs.join('\n'));
  await server.stop();
});

test('at start a torn last record is cut off, complete records are kept, the cut is logged as a byte count only, and the next record starts on a clean line', async () => {
  const dataDir = await folder('torn');
  fs.mkdirSync(dataDir, { recursive: true });
  const kept = `${record('OA-2026-000001', 'key-one-000001')}\n${record('AN-2026-000002', 'key-two-000002')}\n`;
  const whole = record('OA-2026-000003', 'key-three-0003', report({ name: 'Hemligt Namn' }));
  const torn = whole.slice(0, whole.indexOf('Hemligt') + 20); // cut mid-record, after the name
  await writeFile(dataFile(dataDir), kept + torn);

  const server = await serve({ schemas, dataDir });
  assert.equal(await readFile(dataFile(dataDir), 'utf8'), kept);
  assert.equal(server.receiver.count, 2);
  const log = server.logs.join('\n');
  assert.match(log, new RegExp(`cut a torn last record of ${Buffer.byteLength(torn)} bytes`));
  assert.ok(!log.includes('Hemligt'), 'no personal data in the log');

  const r = await server.post(report());
  assert.equal(r.status, 201);
  assert.equal(numberOf((await r.json()).reference), 3);
  assert.deepEqual(records(dataDir).map((x) => x.reference).slice(0, 2), ['OA-2026-000001', 'AN-2026-000002']);
  await server.stop();
});

test('the counter at start is the highest reference on disk, not the number of lines (gaps, blank and foreign lines)', async () => {
  const dataDir = await folder('gaps');
  fs.mkdirSync(dataDir, { recursive: true });
  await writeFile(
    dataFile(dataDir),
    [record('OA-2026-000003', 'key-a-00000003'), '', 'not a record', '{"hello":1}', record('AN-2026-000010', 'key-b-00000010'), record('OA-2026-000007', 'key-c-00000007'), ''].join('\n'),
  );
  const server = await serve({ schemas, dataDir });
  const r = await server.post(report());
  assert.equal(r.status, 201);
  assert.equal((await r.json()).reference.slice(-6), '000011');
  assert.equal(server.receiver.count, 4, 'three records found, one stored');
  // An old key still answers with its reference.
  const again = await server.post(report(), { key: 'key-b-00000010' });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).reference, 'AN-2026-000010');
  assert.match(server.logs.join('\n'), /2 lines in submissions\.jsonl are not records/);
  await server.stop();
});
