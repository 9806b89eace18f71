// Boxed primitives: [Number: 3], [String: 'x'], [Boolean: true], [Symbol: Symbol(s)].
console.log(new Number(3), new Number(-0), new String('str'), new Boolean(false), Object(Symbol('s')));
console.log([new Number(1), new String('')], { b: new Boolean(true) });
const s = new String('ab');
s.extra = 1;
console.log(s);
const n = Object(5);
console.log(n, typeof n);
