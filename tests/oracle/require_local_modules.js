// require() of the script's own files: .js, .json, a folder's index.js, a folder's package.json
// "main", one instance per file, cycles, require.cache, require.resolve, module fields.
const path = require('path');
console.log('main starts');
const counter = require('./modules/counter');
const again = require('./modules/counter.js');
console.log('same instance:', counter === again, counter.next(), again.next(), counter.name);
const config = require('./modules/config.json');
console.log('json:', config.port, config.features.join('+'));
console.log(require('./modules/greeter')('main'));
const packaged = require('./modules/packaged');
console.log('package main:', packaged.where, packaged.parentIsEntry);
console.log('cycle result:', require('./modules/cycle_a').loaded, require('./modules/cycle_b').loaded);
console.log('resolve:', path.relative(__dirname, require.resolve('./modules/greeter')));
const cached = Object.keys(require.cache).map((file) => path.relative(__dirname, file)).sort();
console.log('cache:', cached.join(', '));
console.log('children:', module.children.map((child) => path.basename(child.filename)).join(', '));
console.log('main module:', require.main === module, module.id, typeof module.paths[0]);
const child = require.cache[require.resolve('./modules/counter')];
console.log('child module:', child.id === child.filename, child.loaded, path.basename(child.path));
try {
  require('./modules/nested_missing');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
  console.log(error.requireStack.map((file) => path.basename(file)).join(' <- '));
}
try {
  require('./modules/does_not_exist.js');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}
console.log('load:', require('./modules/timers_at_load'));
process.nextTick(() => console.log('main: tick'));
console.log('main ends');
