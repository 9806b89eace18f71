// path.resolve starts from process.cwd() for relative inputs (here the script's directory), and
// path.relative measures between resolved paths.
const path = require('path');

console.log(path.resolve() === process.cwd());
console.log(path.resolve('x/y') === path.join(process.cwd(), 'x/y'));
console.log(path.resolve('..') === path.dirname(process.cwd()));
console.log(path.relative(process.cwd(), __filename) === path.basename(__filename));
console.log(path.relative(__filename, process.cwd()));
console.log(path.isAbsolute(__dirname), path.dirname(__filename) === __dirname);
console.log(path.extname(__filename), path.basename(__filename, '.js'));
