// A Stats object: the predicates, the sizes, and the time fields' types (values differ by machine).
const fs = require('fs');

const stats = fs.statSync(__filename);
console.log('isFile', stats.isFile(), 'isDirectory', stats.isDirectory(), 'isSymbolicLink', stats.isSymbolicLink());
console.log('size matches the text:', stats.size === fs.readFileSync(__filename, 'latin1').length);
console.log('mode is a regular file:', (stats.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
console.log('mtimeMs', typeof stats.mtimeMs, 'mtime is a Date', stats.mtime instanceof Date);
console.log('mtime matches mtimeMs:', stats.mtime.getTime() === Math.round(stats.mtimeMs));
console.log('keys:', Object.keys(stats).join(' '));
console.log('constructor:', stats.constructor.name, stats instanceof fs.Stats);
const dir = fs.statSync(__dirname);
console.log('directory:', dir.isDirectory(), dir.isFile());
fs.stat(__filename, (err, s) => console.log('async stat agrees:', err, s.size === stats.size));
