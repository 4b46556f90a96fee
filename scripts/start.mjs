#!/usr/bin/env node
// `npm start`: serves koe. Until the server exists, it says so plainly.
console.log('koe: the server is not built yet — see README.md "Status".');
