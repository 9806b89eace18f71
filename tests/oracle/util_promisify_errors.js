// promisify validates its argument; an exception thrown by the wrapped function becomes a
// rejection; a falsy error argument resolves.
const util = require('util');
try {
  util.promisify('nope');
} catch (err) {
  console.log(err.code, err.message);
}
const throwing = util.promisify(() => {
  throw new Error('sync throw');
});
throwing().catch((err) => console.log('rejected', err.message));
const nullError = util.promisify((cb) => cb(null, 'ok'));
nullError().then((v) => console.log('resolved', v));
const zeroError = util.promisify((cb) => cb(0, 'zero is not an error'));
zeroError().then((v) => console.log('resolved', v));
