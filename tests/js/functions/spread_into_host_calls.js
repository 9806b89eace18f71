// Spread arguments into natives that act on the runtime (console.log, setTimeout, nextTick):
// the call is made once, with the spread values.
const parts = ['%s and %d', 'text', 42];
console.log(...parts);
function forward(...args) {
  console.log(...args);
}
forward('a', 'b', { c: 1 });
setTimeout(...[(label) => console.log('timeout', label), 0, 'L']);
process.nextTick(...[(x, y) => console.log('tick', x + y), 1, 2]);
console.info(...['to', 'stdout'].map((s) => s.toUpperCase()));
