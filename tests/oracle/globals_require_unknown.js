// Requiring a module that does not exist throws MODULE_NOT_FOUND.
try {
  require('looplab-no-such-module');
} catch (e) {
  console.log(e.name, e.code);
}
