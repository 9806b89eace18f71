// concat, String(), toString, valueOf, String wrapper objects, iteration, and comparison.
console.log('a'.concat('b', 1, null, [2, 3]), ''.concat(), String.prototype.concat.call(1, 2));
console.log(String(123), String(null), String(undefined), String(true), String([1, 2]), String({}), String(Symbol('d')));
const boxed = new String('boxed');
console.log(typeof boxed, typeof boxed.valueOf(), boxed.length, boxed[0], boxed == 'boxed', boxed === 'boxed');
console.log(Object.keys(new String('ab')), JSON.stringify(new String('json')));
console.log('abc' < 'abd', 'a' + 'b' === 'ab', 'abc'.localeCompare('abc'));
let out = '';
for (const c of 'héllo') out += c.toUpperCase() + '.';
console.log(out);
console.log([...'hello'].map((c) => c.charCodeAt(0)));
console.log('a-b-c'.split('-').join('+'), 'x'.length, 'hello'.toString(), 'hi'.valueOf());
console.log('%', '100%', 'a%sb');
