// mkdir with { recursive: true } returns the first directory it created (undefined when all
// existed); without it a missing parent is ENOENT and an existing path EEXIST.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = path.join(os.tmpdir(), 'looplab-oracle-mkdirp-' + process.pid);
fs.rmSync(base, { recursive: true, force: true });
console.log(fs.mkdirSync(path.join(base, 'a', 'b', 'c'), { recursive: true }) === base);
console.log(fs.mkdirSync(path.join(base, 'a', 'b'), { recursive: true }));
console.log(fs.mkdirSync(path.join(base, 'a', 'x', 'y'), { recursive: true }) === path.join(base, 'a', 'x'));
try {
  fs.mkdirSync(path.join(base, 'p', 'q'));
} catch (err) {
  console.log(err.code, err.syscall);
}
try {
  fs.mkdirSync(path.join(base, 'a'));
} catch (err) {
  console.log(err.code, err.syscall);
}
fs.writeFileSync(path.join(base, 'file'), '');
try {
  fs.mkdirSync(path.join(base, 'file', 'sub'), { recursive: true });
} catch (err) {
  console.log(err.code, err.syscall);
}
fs.mkdir(path.join(base, 'cb', 'deep'), { recursive: true }, (err, first) => {
  console.log('callback:', err, first === path.join(base, 'cb'));
  fs.mkdir(path.join(base, 'cb'), (err, result) => {
    console.log('callback EEXIST:', err.code, result);
    console.log(fs.readdirSync(base));
    fs.rmSync(base, { recursive: true });
  });
});
