// Runs a command with a throwaway PostgreSQL: `node scripts/with-postgres.mjs <command> [args…]`.
// It makes a cluster in a new temporary folder (initdb, trust login for the user "soc" on
// 127.0.0.1 only), starts it on a free port (pg_ctl), runs the command with
// SOC_TEST_DATABASE_URL=postgres://soc@127.0.0.1:<port>/postgres, then stops the cluster and
// removes the folder, whatever the command's result. Exit code: the command's.
//
// PostgreSQL's server programs are looked for on PATH, then in /usr/lib/postgresql/<version>/bin
// (Debian: apt-get install postgresql). PostgreSQL refuses to run as root: as root the cluster runs
// as the user "postgres" (Debian's package makes it), else "nobody".
//
// With SOC_TEST_DATABASE_URL already set (e.g. a CI service), no cluster is made; the command runs
// against that database. Each receiver in the tests uses a schema of its own there.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

/** Runs the command with the database's URL; resolves with its exit code. */
function run(url) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, SOC_TEST_DATABASE_URL: url } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`with-postgres: ${command[0]} did not start: ${error.message}`);
      resolve(1);
    });
  });
}

if (process.env.SOC_TEST_DATABASE_URL) process.exit(await run(process.env.SOC_TEST_DATABASE_URL));

/** The folder with initdb and pg_ctl, or null. */
function serverPrograms() {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(join(base, version, 'bin', 'initdb'))) return join(base, version, 'bin');
  return null;
}

const bin = serverPrograms();
if (!bin) {
  console.error('with-postgres: PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin). On Debian: apt-get install -y postgresql. Or set SOC_TEST_DATABASE_URL to a database of yours.');
  process.exit(1);
}

/** uid and gid to run the server as: ours, or (as root) postgres's or nobody's. */
function account() {
  if (process.getuid?.() !== 0) return {};
  for (const name of ['postgres', 'nobody']) {
    const id = (flag) => spawnSync('id', [flag, name], { encoding: 'utf8' });
    const uid = id('-u');
    const gid = id('-g');
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  console.error('with-postgres: running as root, and there is no user "postgres" or "nobody" to run PostgreSQL as');
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

const as = account();
const root = mkdtempSync(join(tmpdir(), 'soc-postgres-'));
if (as.uid !== undefined) chownSync(root, as.uid, as.gid);
const data = join(root, 'data');
const logFile = join(root, 'server.log');

/** Runs a server program as the account; throws with its output when it fails. */
function program(name, args) {
  const result = spawnSync(join(bin, name), args, { encoding: 'utf8', cwd: root, ...as });
  if (result.status !== 0) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    throw new Error(`${name} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}${log}`);
  }
}

let started = false;
function stop() {
  if (started) {
    started = false;
    try {
      program('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
    } catch (error) {
      console.error(`with-postgres: ${error.message}`);
    }
  }
  rmSync(root, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stop();
    process.exit(1);
  });
}

let code = 1;
try {
  const began = Date.now();
  program('initdb', ['-D', data, '-U', 'soc', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  // Only 127.0.0.1 and a socket in the temporary folder; fsync stays on, as in production.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  program('pg_ctl', ['start', '-D', data, '-l', logFile, '-o', options, '-w', '-t', '60']);
  started = true;
  console.log(`with-postgres: PostgreSQL (${bin}) on 127.0.0.1:${port}, ready in ${Date.now() - began} ms`);
  code = await run(`postgres://soc@127.0.0.1:${port}/postgres`);
} catch (error) {
  console.error(`with-postgres: ${error.message}`);
} finally {
  stop();
}
process.exit(code);
