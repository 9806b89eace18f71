// path (POSIX): join, normalize, dirname, basename, extname, parse, format, isAbsolute, relative
// on tricky inputs (., .., repeated and trailing slashes, dot files), as node computes them.
const path = require('path');

const inputs = ['', '.', '..', '/', '//', '/a/b/', 'a//b/../c/.', '/a/./b/../../..', 'dir/file.txt',
  '.bashrc', 'archive.tar.gz', 'a/b.', '...', '/..', 'x/..a', '//server/share'];
for (const p of inputs) {
  console.log(JSON.stringify(p), '->', JSON.stringify({
    normalize: path.normalize(p),
    dirname: path.dirname(p),
    basename: path.basename(p),
    extname: path.extname(p),
    isAbsolute: path.isAbsolute(p),
  }));
  console.log('   parse', JSON.stringify(path.parse(p)));
}
console.log(path.join('/a', 'b', '../c', './d'), path.join('a', '', 'b/'), path.join(), path.join('', ''));
console.log(path.basename('/a/b/file.js', '.js'), path.basename('file.js', 'file.js'), path.basename('a/b/', 'b'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), JSON.stringify(path.relative('/a', '/a')));
console.log(path.relative('/a/b', '/a'), path.relative('/a', '/a/b/c'), path.relative('/', '/x'));
console.log(path.format({ root: '/', dir: '/home/user', base: 'file.txt' }), path.format({ name: 'f', ext: 'txt' }),
  path.format({ root: '/', name: 'f', ext: '.txt' }));
console.log(path.resolve('/a/b', './c'), path.resolve('/a', '/b', 'c/..'), path.resolve('/', '..', 'x'));
console.log(path.sep, path.delimiter, path.posix === path, path.posix.join('a', 'b'));
try {
  path.join('a', 42);
} catch (err) {
  console.log(err.code, err.message);
}
