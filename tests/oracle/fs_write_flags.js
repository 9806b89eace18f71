// writeFile's flag option: 'w' truncates, 'a' appends, 'wx' refuses an existing file;
// appendFile creates a missing file; writeFile with a Buffer or a Uint8Array writes its bytes.
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), 'looplab-oracle-flags-' + process.pid + '.txt');
fs.rmSync(file, { force: true });
fs.appendFileSync(file, 'created ');
fs.appendFileSync(file, 'then appended');
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'short');
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, '+more', { flag: 'a' });
console.log(fs.readFileSync(file, 'utf8'));
try {
  fs.writeFileSync(file, 'x', { flag: 'wx' });
} catch (err) {
  console.log('wx:', err.code, err.syscall);
}
fs.writeFileSync(file, Buffer.from('buffer bytes'));
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, new Uint8Array([104, 105]));
console.log(fs.readFileSync(file, 'utf8'), fs.readFileSync(file));
fs.writeFileSync(file, '6869', 'hex');
console.log(fs.readFileSync(file, 'latin1'), fs.readFileSync(file, 'base64'), fs.readFileSync(file, 'hex'));
fs.writeFile(file, 'async', { flag: 'a' }, (err) => {
  console.log('async append:', err, fs.readFileSync(file, 'utf8'));
  fs.unlinkSync(file);
});
