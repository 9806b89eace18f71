// How console.log prints values of each kind.
console.log(1, -0, 0.1 + 0.2, 1e21, 2 ** 70, NaN, -Infinity);
console.log('str', ['str'], { s: 'str' });
console.log([1, [2, [3, [4, [5]]]]], { a: { b: { c: { d: {} } } } });
console.log(new Map([[1, 'one'], ['two', { n: 2 }]]), new Set(['a', 1]));
console.log([undefined, null, , 3], function named() {}, () => {}, class K {});
console.log(Symbol('s'), [Symbol.iterator], new Date(0).toISOString());
console.log({ 'quoted-key': 1, valid_key: 2, 3: 'three' });
