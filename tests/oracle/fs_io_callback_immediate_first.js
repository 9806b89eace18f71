// Inside an I/O callback (the poll phase), setImmediate always runs before setTimeout(0): check
// comes right after poll, and timers only after the loop goes round again.
const fs = require('fs');

let rounds = 0;
function round() {
  fs.stat(__filename, () => {
    setTimeout(() => {
      console.log('timeout', rounds);
      if (++rounds < 3) round();
    }, 0);
    setImmediate(() => console.log('immediate', rounds));
  });
}
round();
