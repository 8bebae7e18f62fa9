// One receiver per data folder: a second one, in this process or in another (`server/start.mjs`),
// refuses to start with a clear message; a lock left by a process that is gone is taken over;
// close() and stopping start.mjs remove the lock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from '../../server/receiver.mjs';
import { importSchemas } from './schemas-in-node.mjs';
import { serve, report, stopAll } from './receiver-harness.mjs';

let schemas;
let tmp;
/** A copy of server/ with the schemas bundle as dist/schemas/index.js, so start.mjs runs unbuilt. */
let startScript;
const children = new Set();

before(async () => {
  ({ schemas, dir: tmp } = await importSchemas('soc-receiver-lock-'));
  const root = join(tmp, 'app');
  mkdirSync(join(root, 'server'), { recursive: true });
  mkdirSync(join(root, 'dist', 'schemas'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  for (const name of ['start.mjs', 'receiver.mjs', 'storage.mjs', 'contract.mjs']) copyFileSync(fileURLToPath(new URL(`../../server/${name}`, import.meta.url)), join(root, 'server', name));
  copyFileSync(join(tmp, 'schemas.mjs'), join(root, 'dist', 'schemas', 'index.js'));
  startScript = join(root, 'server', 'start.mjs');
});
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await stopAll();
  await rm(tmp, { recursive: true, force: true });
});

const folder = async (name) => mkdtemp(join(tmp, `${name}-`));
const lockFile = (dataDir) => join(dataDir, 'receiver.lock');
const lockPid = (dataDir) => Number.parseInt(readFileSync(lockFile(dataDir), 'utf8'), 10);

/** Runs `node server/start.mjs` on `dataDir`; resolves when it listens or exits. */
function startProcess(dataDir) {
  const child = spawn(process.execPath, [startScript], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => children.delete(child));
  const ready = new Promise((resolve) => {
    child.stdout.on('data', () => stdout.includes('http://') && resolve('listening'));
    exited.then(() => resolve('exited'));
  });
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

test('a second receiver on the same data folder in this process refuses to start with a clear message; close() removes the lock', async () => {
  const dataDir = await folder('in-process');
  const first = await serve({ schemas, dataDir });
  assert.equal(lockPid(dataDir), process.pid);
  assert.equal(statSync(lockFile(dataDir)).mode & 0o777, 0o600);
  for (const spelling of [dataDir, `${dataDir}/`, join(dataDir, '..', dataDir.split('/').at(-1))]) {
    assert.throws(() => createReceiver({ schemas, dataDir: spelling, log: () => {} }), {
      code: 'RECEIVER_LOCKED',
      message: /already uses the data folder/,
    });
  }
  // The first one is untouched and still answers.
  assert.equal((await first.post(report())).status, 201);
  await first.stop();
  assert.ok(!existsSync(lockFile(dataDir)), 'close() removes the lock');
  const second = await serve({ schemas, dataDir });
  assert.equal(second.receiver.count, 1);
  assert.equal((await second.post(report())).status, 201);
  await second.stop();
});

test('server/start.mjs refuses a data folder another process holds: one line on stderr, exit code 1; stopping it removes its lock', async () => {
  const dataDir = await folder('processes');

  // Held by this process: the child refuses.
  const here = await serve({ schemas, dataDir });
  const refused = startProcess(dataDir);
  assert.equal(await refused.ready, 'exited');
  assert.equal((await refused.exited).code, 1);
  const { stdout, stderr } = refused.output();
  assert.ok(!stdout.includes('http://'), 'it does not listen');
  assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
  assert.match(stderr, new RegExp(`^Receiver not started: Another receiver \\(process ${process.pid}\\) is using the data folder `));
  await here.stop();

  // Held by a child: a second child and this process both refuse.
  const holder = startProcess(dataDir);
  assert.equal(await holder.ready, 'listening', holder.output().stderr);
  assert.equal(lockPid(dataDir), holder.child.pid);
  const second = startProcess(dataDir);
  assert.equal((await second.exited).code, 1);
  assert.match(second.output().stderr, new RegExp(`\\(process ${holder.child.pid}\\) is using the data folder`));
  assert.throws(() => createReceiver({ schemas, dataDir, log: () => {} }), { code: 'RECEIVER_LOCKED', message: new RegExp(`process ${holder.child.pid}`) });

  holder.child.kill('SIGTERM');
  await holder.exited;
  assert.ok(!existsSync(lockFile(dataDir)), 'a stopped start.mjs leaves no lock');
  const after = await serve({ schemas, dataDir });
  await after.stop();
});

test('a lock left by a process that no longer runs (killed, or garbage) is taken over and logged', async () => {
  const dataDir = await folder('stale');

  // A start.mjs killed with SIGKILL cannot remove its lock.
  const killed = startProcess(dataDir);
  assert.equal(await killed.ready, 'listening', killed.output().stderr);
  const pid = killed.child.pid;
  killed.child.kill('SIGKILL');
  await killed.exited;
  assert.equal(lockPid(dataDir), pid, 'the lock is left behind');

  const taker = await serve({ schemas, dataDir });
  assert.equal(lockPid(dataDir), process.pid);
  assert.ok(taker.logs.some((l) => l.includes(`took over a stale lock of process ${pid}`)), taker.logs.join('\n'));
  assert.equal((await taker.post(report())).status, 201);
  await taker.stop();

  // A lock file with no pid in it (e.g. cut short by a crash) is stale too.
  writeFileSync(lockFile(dataDir), '');
  const again = await serve({ schemas, dataDir });
  assert.equal(lockPid(dataDir), process.pid);
  await again.stop();
  assert.ok(!existsSync(lockFile(dataDir)));
});

test('the lock holds across processes for plain scripts that import the receiver as well', async () => {
  // What a host's own server does: import server/receiver.mjs and the schemas, then start.
  const dataDir = join(tmp, 'plain-script');
  const receiverUrl = new URL('../../server/receiver.mjs', import.meta.url).href;
  const schemasUrl = new URL(`file://${join(tmp, 'schemas.mjs')}`).href;
  const script = `
    const { createReceiver } = await import(${JSON.stringify(receiverUrl)});
    const schemas = await import(${JSON.stringify(schemasUrl)});
    try { createReceiver({ schemas, dataDir: process.argv[1], log: () => {} }); console.log('started'); }
    catch (error) { console.log(error.code); }`;
  const holder = createReceiver({ schemas, dataDir, log: () => {} });
  try {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, dataDir], { encoding: 'utf8' });
    assert.equal(run.stdout.trim(), 'RECEIVER_LOCKED', run.stderr);
  } finally {
    await holder.close();
  }
});
