// An exception thrown by a callbackified function's callback is an uncaught exception (the
// callback runs from a nextTick), not a promise rejection.
const util = require('util');
process.on('exit', (code) => console.log('exit', code));
const f = util.callbackify(async () => 'value');
f((err, value) => {
  console.log('callback', value);
  throw new Error('thrown in callback');
});
