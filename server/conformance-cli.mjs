#!/usr/bin/env node
// `npx soc-elements-conformance <url> [--header "Name: value"]… [--timeout <seconds>] [--concurrent <n>]`
// Checks a receiver against the contract of POST /api/submissions (conformance.mjs) and prints one
// line per check. Exit code 0 when every check holds, 1 when one does not, 2 for a wrong command.
import { checkReceiver, endpointOf } from './conformance.mjs';

const USAGE = `Usage: soc-elements-conformance <url> [--header "Name: value"]... [--timeout <seconds>] [--concurrent <n>]

Checks that the receiver at <url> (e.g. https://staging.example.se/api/submissions; an origin alone
means <origin>/api/submissions) keeps the contract of soc-elements (dist/openapi.json).
It stores real test submissions: use a test or staging server, never production.`;

function parse(argv) {
  const options = { headers: {}, timeoutMs: 30_000, concurrent: 8 };
  let url;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg === '--header' || arg === '-H') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon < 1) throw new Error(`--header "${header}" is not "Name: value"`);
      options.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) throw new Error('--timeout needs a number of seconds above 0');
      options.timeoutMs = seconds * 1000;
    } else if (arg === '--concurrent') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 2 || n > 100) throw new Error('--concurrent needs a whole number from 2 to 100');
      options.concurrent = n;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (url) throw new Error('give one URL');
    else url = arg;
  }
  if (!url) throw new Error('give the URL of the receiver');
  endpointOf(url); // throws on a URL that is not one
  return { url, options };
}

let parsed;
try {
  parsed = parse(process.argv.slice(2));
} catch (error) {
  console.error(`soc-elements-conformance: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

console.log(`Checking ${endpointOf(parsed.url)}`);
const results = await checkReceiver(parsed.url, {
  ...parsed.options,
  onResult: ({ name, holds, got }) => console.log(`${holds ? 'holds         ' : 'DOES NOT HOLD '} ${name} (got ${got})`),
});
const failed = results.filter((r) => !r.holds).length;
console.log(failed ? `${failed} of ${results.length} checks do not hold.` : `All ${results.length} checks hold.`);
process.exitCode = failed ? 1 : 0;
