// Writing and reading files in a fresh directory under os.tmpdir(): writeFileSync, appendFileSync,
// readFileSync, statSync, readdirSync (sorted names), renameSync, copyFileSync, unlinkSync,
// existsSync, rmSync -r. Names under tmpdir are per-process and removed at the end.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.tmpdir(), 'looplab-oracle-roundtrip-' + process.pid);
fs.rmSync(dir, { recursive: true, force: true });
console.log('mkdirSync:', fs.mkdirSync(dir));
fs.writeFileSync(path.join(dir, 'b.txt'), 'hello');
fs.appendFileSync(path.join(dir, 'b.txt'), ' world\n');
fs.writeFileSync(path.join(dir, 'a.txt'), 'first');
fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
console.log('read:', JSON.stringify(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8')));
const stats = fs.statSync(path.join(dir, 'b.txt'));
console.log('size:', stats.size, 'file:', stats.isFile(), 'dir:', stats.isDirectory());
console.log('dir is a directory:', fs.statSync(dir).isDirectory());
console.log('names:', fs.readdirSync(dir));
console.log('types:', fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name + (d.isDirectory() ? '/' : '')));
fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'c.txt'));
fs.copyFileSync(path.join(dir, 'c.txt'), path.join(dir, 'd.txt'));
console.log('after rename and copy:', fs.readdirSync(dir).join(' '));
console.log('copy reads:', fs.readFileSync(path.join(dir, 'd.txt'), 'utf8'));
try {
  fs.copyFileSync(path.join(dir, 'c.txt'), path.join(dir, 'd.txt'), fs.constants.COPYFILE_EXCL);
} catch (err) {
  console.log('COPYFILE_EXCL:', err.code);
}
fs.unlinkSync(path.join(dir, 'c.txt'));
console.log('exists c:', fs.existsSync(path.join(dir, 'c.txt')), 'exists d:', fs.existsSync(path.join(dir, 'd.txt')));
try {
  fs.rmdirSync(dir);
} catch (err) {
  console.log('rmdirSync of a full directory:', err.code);
}
try {
  fs.rmSync(path.join(dir, 'sub'));
} catch (err) {
  console.log('rmSync of a directory:', err.name, err.code);
}
fs.rmSync(dir, { recursive: true });
console.log('removed:', !fs.existsSync(dir));
