#!/usr/bin/env node
// `npm run koe -- <command>`: the koe CLI. Until the server exists, it says so plainly.
console.error('koe: the CLI arrives with the server — see README.md "Status".');
process.exit(1);
