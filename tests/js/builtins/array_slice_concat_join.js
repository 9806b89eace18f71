// slice, concat, join, toString: negative indexes, spreading rules, nulls in join.
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.slice(), a.slice(1), a.slice(1, 3), a.slice(-2), a.slice(-3, -1), a.slice(3, 1), a.slice(10));
console.log(a.slice(1.5, 3.9), a.slice('1', '2'), a.slice(NaN), a.slice(undefined, 2));
console.log([1, 2].concat(3, [4, 5], [[6]], 'seven'));
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([0].concat(spreadable), [0].concat({ length: 1, 0: 'not spread' }));
console.log([1, , 3].concat([4, , 6]));
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [].join(), [5].join('x'));
console.log([null, undefined, 1, [2, [3, null]], {}].join('|'));
console.log(String([1, [2, 3]]), [1, 2] + '', [].toString(), [[]].toString(), [[], []].toString());
const nested = [1, [2, [3]]];
console.log(nested.toString(), JSON.stringify(nested));
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join('-'));
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'));
console.log(Array.prototype.slice.call('hello', 1, 3), Array.prototype.slice.call({ length: 2, 1: 'one' }));
