// util.isDeepStrictEqual: structure, prototypes, -0, NaN, Map, Set, Date, cycles.
const { isDeepStrictEqual } = require('util');
const cycleA = { name: 'a' };
cycleA.self = cycleA;
const cycleB = { name: 'a' };
cycleB.self = cycleB;
const cases = [
  [{ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }],
  [{ a: 1 }, { a: '1' }],
  [0, -0],
  [NaN, NaN],
  [[1, 2], [2, 1]],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])],
  [new Set([1, { y: 2 }]), new Set([{ y: 2 }, 1])],
  [new Date(0), new Date(0)],
  [new Date(0), new Date(1)],
  [Object.create(null), {}],
  [cycleA, cycleB],
  [[1, , 3], [1, undefined, 3]],
  [{ a: undefined }, {}],
  [new Error('x'), new Error('x')],
  [new Error('x'), new TypeError('x')],
  [new Number(1), new Number(1)],
];
for (const [a, b] of cases) console.log(isDeepStrictEqual(a, b));
