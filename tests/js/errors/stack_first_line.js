// err.stack: only its first line is printed (the rest has file paths). It is "Name: message".
const e = new Error('first line');
console.log(e.stack.split('\n')[0]);
console.log(typeof e.stack, e.stack.split('\n')[1].trim().startsWith('at '));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
console.log(new MyError('custom').stack.split('\n')[0]);
const early = new Error('early');
const firstRead = early.stack.split('\n')[0];
early.name = 'Renamed';
early.message = 'changed';
console.log(firstRead, '|', early.stack.split('\n')[0], '|', String(early));
const lazy = new Error('lazy');
lazy.name = 'RenamedBeforeRead';
console.log(lazy.stack.split('\n')[0]);
try {
  null.x;
} catch (err) {
  console.log(err.stack.split('\n')[0]);
}
const noMessage = new TypeError();
console.log(JSON.stringify(noMessage.stack.split('\n')[0]));
const multi = new Error('line one\nline two');
console.log(multi.stack.split('\n').slice(0, 2));
e.stack = 'replaced stack';
console.log(e.stack);
console.log(Object.getOwnPropertyDescriptor(new Error('d'), 'stack') !== undefined);
