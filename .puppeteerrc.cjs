// Puppeteer (a dependency of @web/test-runner-puppeteer, which drives Firefox) must not download a
// browser when `npm ci` installs it: the tests use the OS browsers (scripts/browsers.mjs), and the
// download fails on machines without access to it.
module.exports = { skipDownload: true };
