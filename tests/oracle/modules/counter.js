// A module with state: every require of it shares the one instance.
let count = 0;
console.log('counter: top level runs once');
process.nextTick(() => console.log('counter: tick queued while loading'));
exports.next = () => ++count;
exports.name = require('path').basename(__filename);
