// fs/promises rejects with the same errors the callback forms pass: code, syscall, and node's
// SystemError for rm of a directory without recursive. Each await settles after a poll-phase
// completion, so an immediate queued first runs in between.
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = path.join(os.tmpdir(), 'looplab-oracle-perr-' + process.pid);
async function expectError(label, promise) {
  try {
    await promise;
    console.log(label, 'resolved');
  } catch (err) {
    console.log(label, err.name, err.code, err.syscall);
  }
}
async function main() {
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, 'f.txt'), 'x');
  await expectError('readFile missing', fsp.readFile(path.join(dir, 'missing')));
  await expectError('mkdir existing', fsp.mkdir(dir));
  await expectError('open wx existing', fsp.open(path.join(dir, 'f.txt'), 'wx'));
  await expectError('readdir of a file', fsp.readdir(path.join(dir, 'f.txt')));
  await expectError('rmdir not empty', fsp.rmdir(dir));
  await expectError('rm directory', fsp.rm(dir));
  await expectError('unlink directory', fsp.unlink(dir));
  await expectError('rename missing', fsp.rename(path.join(dir, 'missing'), path.join(dir, 'g')));
  await expectError('copyFile missing', fsp.copyFile(path.join(dir, 'missing'), path.join(dir, 'g')));
  await fsp.rm(dir, { recursive: true });
  await expectError('stat removed', fsp.stat(dir));
}
setImmediate(() => console.log('immediate'));
main().then(() => console.log('done'));
console.log('main script end');
