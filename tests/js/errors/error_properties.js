// Error objects as values: own properties, enumerability, message coercion, throwing and rethrowing.
const e = new Error('msg');
console.log(Object.getOwnPropertyNames(e).sort(), Object.keys(e));
console.log(e.message, e.name, e.toString(), e + '', `${e}`);
const withCode = Object.assign(new Error('has code'), { code: 'E42', details: [1] });
console.log(Object.keys(withCode), withCode.code, JSON.stringify(withCode));
console.log(new Error({ toString() { return 'object message'; } }).message, new Error(null).message, new Error([1, 2]).message);
console.log(new RangeError(undefined).message === '', 'message' in new Error(), new Error().hasOwnProperty('message'));
function rethrow() {
  try {
    JSON.parse('{bad');
  } catch (err) {
    err.message = 'config: ' + err.message;
    throw err;
  }
}
try {
  rethrow();
} catch (err) {
  console.log(err.name, err.message);
}
const err2 = new TypeError('orig');
err2.message = 'changed';
console.log(String(err2));
console.log(Error('no new') instanceof Error, Error.length, TypeError.length, AggregateError.length);
