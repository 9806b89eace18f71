// The built-in Error types: name, message, cause, String(), stack's first line, prototypes.
const errors = [
  new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syntax'),
  new ReferenceError('ref'), new EvalError('eval'), new URIError('uri'),
  new AggregateError([new Error('one'), new TypeError('two')], 'several'),
  new Error(), new Error(undefined), new Error(42), new Error('with cause', { cause: 'root' }),
  Error('called without new'), TypeError('TypeError without new'),
];
for (const e of errors) {
  console.log(JSON.stringify(e.name), JSON.stringify(e.message), String(e), e.stack.split('\n')[0], 'cause' in e ? e.cause : '(no cause)');
}
const agg = errors[7];
console.log(agg.errors.length, agg.errors.map(String), Array.isArray(agg.errors));
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(new TypeError('t') instanceof Error, new TypeError('t') instanceof RangeError);
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === '', Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only message' }), Error.prototype.toString.call({ name: 'OnlyName', message: '' }));
const e = new Error('props');
console.log(Object.keys(e), e.hasOwnProperty('message'), e.hasOwnProperty('name'), Object.getOwnPropertyDescriptor(e, 'message').enumerable);
const withObjCause = new Error('outer', { cause: { code: 1 } });
console.log(withObjCause.cause, new Error('x', {}).hasOwnProperty('cause'), new Error('x', { cause: undefined }).hasOwnProperty('cause'));
e.name = 'Renamed';
console.log(String(e), e.stack.split('\n')[0]);
