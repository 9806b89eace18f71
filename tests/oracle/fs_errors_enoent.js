// A missing file: node's error in each API form. The message names the syscall and the path as
// given; errno is negative (-2), code 'ENOENT'. Callbacks get it, Sync forms throw it, promises
// reject with it.
const fs = require('fs');

const missing = '/looplab-oracle-missing/data.txt';
function show(label, err) {
  console.log(label, err instanceof Error, err.message);
  console.log('  ', err.code, err.errno, err.syscall, err.path, Object.keys(err).join(','));
}

try {
  fs.readFileSync(missing);
} catch (err) {
  show('readFileSync', err);
}
try {
  fs.statSync('missing-relative.txt');
} catch (err) {
  show('statSync', err);
}
try {
  fs.readdirSync(missing);
} catch (err) {
  show('readdirSync', err);
}
console.log('statSync throwIfNoEntry:', fs.statSync(missing, { throwIfNoEntry: false }));
fs.readFile(missing, 'utf8', (err, data) => {
  show('readFile', err);
  console.log('  data:', data);
  fs.promises.readFile(missing).catch((err) => {
    show('promises.readFile', err);
    fs.open(missing, 'r', (err) => show('open', err));
  });
});
