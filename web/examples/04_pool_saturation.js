// Thread pool saturation with pbkdf2
// Six hashes, four pool threads: four finish together, the last two a hash later (see the times). Try a thread pool of 2.
const crypto = require('crypto');

let finished = 0;
for (let i = 1; i <= 6; i++) {
  crypto.pbkdf2('secret', 'salt', 1000, 64, 'sha512', () => {
    finished++;
    console.log(`a hash finished (${finished} of 6)`);
  });
}
console.log('six hashes queued');
