// fs/promises (also fs.promises): the same steps with await; rejections carry node's errors.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');

console.log('same object:', fs.promises === fsp);
const dir = path.join(os.tmpdir(), 'looplab-oracle-promises-' + process.pid);
async function main() {
  await fsp.rm(dir, { recursive: true, force: true });
  console.log('mkdir:', await fsp.mkdir(path.join(dir, 'a', 'b'), { recursive: true }) === path.join(dir));
  const file = path.join(dir, 'a', 'data.txt');
  console.log('writeFile:', await fsp.writeFile(file, 'abc'));
  await fsp.appendFile(file, 'def');
  console.log('readFile:', await fsp.readFile(file, 'utf8'));
  const stats = await fsp.stat(file);
  console.log('stat:', stats.size, stats.isFile());
  console.log('readdir:', await fsp.readdir(path.join(dir, 'a')));
  console.log('access:', await fsp.access(file));
  try {
    await fsp.access(path.join(dir, 'nope'));
  } catch (err) {
    console.log('access missing:', err.code, err.syscall);
  }
  const handle = await fsp.open(file, 'r');
  console.log('handle fd is a number:', typeof handle.fd === 'number');
  console.log('handle.readFile:', await handle.readFile('utf8'));
  await handle.close();
  await fsp.rename(file, path.join(dir, 'moved.txt'));
  await fsp.copyFile(path.join(dir, 'moved.txt'), path.join(dir, 'copy.txt'));
  console.log('after rename and copy:', await fsp.readdir(dir));
  await fsp.unlink(path.join(dir, 'moved.txt'));
  await fsp.rm(dir, { recursive: true });
  console.log('removed:', !fs.existsSync(dir));
}
main().then(() => console.log('done'));
setImmediate(() => console.log('immediate (before the first completion settles)'));
