// The comma operator and commas in declarations, arguments and for loops.
let x = (1, 2, 3);
console.log('x', x);
let log = [];
const y = (log.push('a'), log.push('b'), log.length * 10);
console.log('y', y, log);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) {
  console.log('i', i, 'j', j);
}
let a = 1, b = a + 1, c = b * 2;
console.log(a, b, c);
const f = () => (log.push('c'), 'returned');
console.log(f(), log);
// In an indirect call, the comma drops `this`.
const obj = { who() { return this === obj ? 'obj' : typeof this; } };
console.log(obj.who(), (0, obj.who)() === undefined ? 'undefined' : 'global-ish');
console.log([1, 2, 3,].length, [, 1].length, [1, , 3].length);
function args() { return arguments.length; }
console.log(args(1, 2, 3,));
