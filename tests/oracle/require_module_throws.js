// An exception thrown by a module's top-level code reaches the requirer, which can catch it; a
// second require of the file runs it again, since a module that threw is not cached.
try {
  require('./modules/throws');
} catch (error) {
  console.log('caught:', error.name, error.message);
}
console.log(Object.keys(require.cache).some((file) => file.endsWith('throws.js')));
require('./modules/throws');
