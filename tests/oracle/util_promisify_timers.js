// util.promisify(setTimeout) and (setImmediate) are timers/promises' functions: they resolve with
// the value given, at the timer's time.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(sleep === require('timers/promises').setTimeout);
sleep(200, 'slept').then((v) => console.log(v));
immediate('immediate value').then((v) => console.log(v));
setTimeout(() => console.log('callback timer at 100'), 100);
setTimeout(() => console.log('callback timer at 300'), 300);
