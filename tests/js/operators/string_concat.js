// + with strings: coercion of every type, left-to-right evaluation, and template equivalents.
console.log('a' + 1 + 2, 1 + 2 + 'a', 'a' + (1 + 2), 1 + '2' - 1, '3' - - '3');
console.log('x' + null, 'x' + undefined, 'x' + true, 'x' + NaN, 'x' + -0, 'x' + 1e21, 'x' + 1e-7);
console.log('x' + [], 'x' + [1, [2, 3]], 'x' + [null, undefined], 'x' + {}, 'x' + function f() { return 1; });
console.log([] + [], [] + {}, ({}) + [], [1] + [2], {} + 'str');
console.log(1 + true, true + true, null + 1, undefined + 1, null + null, '' + Symbol.iterator.description);
const s = Symbol('sym');
try {
  console.log('x' + s);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(String(s), s.toString(), `${String(s)}`);
let str = '';
for (let i = 0; i < 5; i++) str += i;
console.log(str, str.length);
console.log(1 + 2 + '3' + 4 + 5);
console.log('5' * '2' + '1', '5' + '2' * '1', -'1' + '1');
console.log(0.1 + 0.2 + '', 100 + '', 1 / 3 + '', (123.456).toFixed(1) + 1);
