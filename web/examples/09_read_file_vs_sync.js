// fs.readFile vs fs.readFileSync
// readFileSync blocks the thread until the file is read; readFile hands the work to the thread pool and the loop keeps going.
const fs = require('fs');

console.log('readFileSync: start');
const text = fs.readFileSync(__filename, 'utf8');
console.log(`readFileSync: ${text.length} characters, nothing else ran meanwhile`);

fs.readFile(__filename, 'utf8', (err, data) => {
  console.log(`readFile: ${data.length} characters, read on the pool`);
});
setImmediate(() => console.log('immediate: runs while the pool reads'));
process.nextTick(() => console.log('tick: runs before the loop starts'));
console.log('main script done');
