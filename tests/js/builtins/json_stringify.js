// JSON.stringify: values, nesting, skipped values, toJSON, replacers, special numbers.
console.log(JSON.stringify({ a: 1, b: 'two', c: [true, null], d: { e: {} } }));
console.log(JSON.stringify([undefined, function () {}, Symbol('s'), NaN, -0, Infinity]));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), [Symbol('k')]: 1, n: null }));
console.log(JSON.stringify('he said "hi"\n\t\\'), JSON.stringify('\u0001\u001f\u007f\u2028'));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(Symbol()), JSON.stringify(null));
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(new Date(0)));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ nested: { toJSON: (key) => 'key was ' + key } }));
console.log(JSON.stringify([new Number(3), new String('str'), new Boolean(false)]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ a: 1, b: { c: 2 } }, (k, v) => (k === 'b' ? undefined : v)));
const keys = [];
JSON.stringify({ x: { y: [1] } }, function (k, v) { keys.push(k === '' ? '(root)' : k); return v; });
console.log(keys);
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 'z', y: 'y' }), JSON.stringify([[]]), JSON.stringify({}));
console.log(JSON.stringify('😀'), JSON.stringify('\ud800'), JSON.stringify({ '': 'empty key' }));
