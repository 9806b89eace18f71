// Relational comparison: numbers, strings (code units), mixed, NaN, undefined and objects.
console.log(1 < 2, 2 < 1, 1 <= 1, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', 'abc' < 'ab', '' < 'a');
console.log('10' < '9', 10 < 9, '10' < 9, 'a' < 1, 'a' > 1, '2' > '12', 2 > '12');
console.log(NaN < 1, NaN > 1, NaN <= NaN, undefined < 1, undefined > 0, null < 1, null <= 0);
console.log([2] > 1, [1, 2] > 1, ({}) > 1, [] < 1, true > false, true > 0.5);
console.log('Z' < 'a', 'é' > 'z', '😀' > '\uffff', '\ud83d' < '😀');
const versions = ['1.10', '1.9', '1.2'];
console.log(versions.slice().sort(), versions.slice().sort((a, b) => parseFloat(a) - parseFloat(b)));
const order = [];
const left = { valueOf() { order.push('left'); return 1; } };
const right = { valueOf() { order.push('right'); return 2; } };
console.log(left < right, left > right, order);
const dateLike = { valueOf: () => 5, toString: () => '100' };
console.log(dateLike < 10, dateLike + '', `${dateLike}`);
console.log(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE, -0 < 0);
