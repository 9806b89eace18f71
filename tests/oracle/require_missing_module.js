// Requiring a file that is not there: MODULE_NOT_FOUND, uncaught.
setTimeout(() => console.log('never: the crash ends the process first'), 0);
require('./modules/no_such_module');
