// setTimeout 0 vs setImmediate in an I/O callback
// Inside an I/O callback (poll phase) the check phase comes next, so the immediate always runs before the timeout: no race here.
const fs = require('fs');

fs.readFile(__filename, () => {
  console.log('file read (poll phase)');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
console.log('main script done');
