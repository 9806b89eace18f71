// truncate and ftruncate shorten a file or extend it with zero bytes; fstat sees the new size.
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), 'looplab-oracle-trunc-' + process.pid + '.txt');
fs.writeFileSync(file, 'hello world');
fs.truncateSync(file, 5);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 8);
console.log(fs.fstatSync(fd).size, fs.readFileSync(file));
fs.ftruncate(fd, 2, (err) => {
  console.log('ftruncate:', err, fs.fstatSync(fd).size);
  fs.fstat(fd, (err, stats) => {
    console.log('fstat:', err, stats.size, stats.isFile());
    fs.closeSync(fd);
    try {
      fs.fstatSync(fd);
    } catch (e) {
      console.log('fstat after close:', e.code, e.syscall);
    }
    fs.unlinkSync(file);
  });
});
