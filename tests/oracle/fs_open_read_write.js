// File descriptors: openSync/writeSync/readSync/closeSync with positions, and the callback forms.
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), 'looplab-oracle-fd-' + process.pid + '.txt');
const fd = fs.openSync(file, 'w+');
console.log('fd is a number:', typeof fd === 'number');
console.log('writeSync string:', fs.writeSync(fd, 'hello world'));
console.log('writeSync at position 6:', fs.writeSync(fd, 'WORLD', 6));
const bytes = new Uint8Array(5);
console.log('readSync at 0:', fs.readSync(fd, bytes, 0, 5, 0), Array.from(bytes).join(','));
console.log('readSync past the end:', fs.readSync(fd, bytes, 0, 5, 100));
fs.closeSync(fd);
console.log('content:', fs.readFileSync(file, 'utf8'));
fs.open(file, 'a', (err, fd2) => {
  console.log('open a:', err);
  fs.write(fd2, '!', (err, written, data) => {
    console.log('write:', err, written, data);
    fs.close(fd2, (err) => {
      console.log('close:', err);
      fs.open(file, 'r', (err, fd3) => {
        const target = new Uint8Array(4);
        fs.read(fd3, target, 0, 4, 8, (err, bytesRead, buffer) => {
          console.log('read:', err, bytesRead, buffer === target, Array.from(target).join(','));
          fs.closeSync(fd3);
          console.log('final:', fs.readFileSync(file, 'utf8'));
          fs.unlinkSync(file);
        });
      });
    });
  });
});
