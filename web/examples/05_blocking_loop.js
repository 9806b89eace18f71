// A blocking loop delays a timer
// The timer is due after 1 ms, but the main script hashes in a loop for 3 ms: a timer runs only once the call stack is empty.
const crypto = require('crypto');
const start = Date.now();

setTimeout(() => {
  const late = Date.now() - start - 1;
  console.log(`timer due at 1 ms: ${late >= 2 ? 'ran at least 2 ms late' : 'ran on time'}`);
}, 1);

// Synchronous work in a loop: nothing else can run on this thread until it ends.
while (Date.now() - start < 3) {
  crypto.pbkdf2Sync('password', 'salt', 100, 32, 'sha256');
}
console.log('busy loop done after 3 ms');
