// Map, Set, WeakMap, WeakSet and their iterators.
console.log(new Map(), new Set(), new Map([['a', 1], [{ k: 1 }, [1, 2]]]), new Set([1, 'two', [3]]));
console.log(new Map([[NaN, -0], [undefined, null]]));
console.log({ m: new Map([['nested', new Map([['deep', new Map([['x', 1]])]])]]) });
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log(new WeakMap(), new WeakSet(), [new WeakMap()]);
const m = new Map([['k1', 'v1'], ['k2', 'v2']]);
console.log(m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
const s = new Set(['x', 'y']);
console.log(s.values(), s.entries());
const big = new Map(Array.from({ length: 8 }, (_, i) => ['key' + i, i]));
console.log(big);
const bigSet = new Set(Array.from({ length: 30 }, (_, i) => i));
console.log(bigSet);
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
const withProp = new Map([[1, 2]]);
withProp.extra = 'prop';
console.log(withProp);
const iter = m.keys();
iter.next();
console.log(iter);
