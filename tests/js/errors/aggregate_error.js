// AggregateError: errors array, message, and Promise.any rejecting with it.
const agg = new AggregateError([new Error('a'), 'plain string', 42], 'all failed');
console.log(agg.name, agg.message, agg.errors.length, String(agg.errors[0]), agg.errors[1], agg.errors[2]);
console.log(agg instanceof AggregateError, agg instanceof Error, String(agg), agg.stack.split('\n')[0]);
console.log(new AggregateError([]).message === '', new AggregateError(new Set([1, 2])).errors);
const withCause = new AggregateError([1], 'with cause', { cause: 'why' });
console.log(withCause.cause, Object.keys(withCause));
try {
  new AggregateError(5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
Promise.any([Promise.reject(new Error('x')), Promise.reject(new TypeError('y'))]).catch((e) => {
  console.log(e.name, e.message, e.errors.map(String), e instanceof AggregateError);
});
Promise.any([]).catch((e) => console.log('empty any:', e.name, e.message, e.errors));
