// An fs callback never runs synchronously: the main script, its nextTicks and its promise
// reactions all finish before the first fs completion, which comes in the poll phase.
const fs = require('fs');

fs.readFile(__filename, 'utf8', () => console.log('readFile callback'));
fs.stat(__filename, () => console.log('stat callback'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('main end');
