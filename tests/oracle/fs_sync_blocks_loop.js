// Sync fs calls run on the JS thread: a due timer waits until the synchronous work is over, and
// callbacks queued meanwhile keep their order.
const fs = require('fs');

const start = Date.now();
setTimeout(() => console.log('timeout after sync work'), 0);
setImmediate(() => console.log('immediate'));
let total = 0;
for (let i = 0; i < 200; ++i) total += fs.readFileSync(__filename, 'utf8').length;
console.log('read the script 200 times:', total === 200 * fs.statSync(__filename).size);
while (Date.now() - start < 20) {}
console.log('main done');
