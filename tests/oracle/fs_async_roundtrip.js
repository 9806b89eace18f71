// The callback forms chained: mkdir, writeFile, appendFile, readFile, stat, readdir, unlink, rm.
// Each step starts in the previous step's callback, so the order is fixed.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.tmpdir(), 'looplab-oracle-async-' + process.pid);
const file = path.join(dir, 'notes.txt');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdir(dir, (err) => {
  console.log('mkdir', err);
  fs.writeFile(file, 'one\n', (err) => {
    console.log('writeFile', err);
    fs.appendFile(file, 'two\n', (err) => {
      console.log('appendFile', err);
      fs.readFile(file, 'utf8', (err, text) => {
        console.log('readFile', err, JSON.stringify(text));
        fs.stat(file, (err, stats) => {
          console.log('stat', err, stats.size, stats.isFile());
          fs.readdir(dir, (err, names) => {
            console.log('readdir', err, names);
            fs.unlink(file, (err) => {
              console.log('unlink', err);
              fs.rm(dir, { recursive: true }, (err) => {
                console.log('rm', err, fs.existsSync(dir));
              });
            });
          });
        });
      });
    });
  });
});
console.log('main done');
