// == and === tables: coercions between null, undefined, numbers, strings, booleans, objects.
const values = [null, undefined, 0, -0, 1, NaN, '', '0', '1', 'a', false, true, [], [0], [1], {}, Infinity];
const label = (v) => (Array.isArray(v) ? `[${v}]` : typeof v === 'string' ? `'${v}'` : Object.is(v, -0) ? '-0' : typeof v === 'object' && v !== null ? '{}' : String(v));
for (const a of values) {
  const loose = values.filter((b) => a == b).map(label);
  console.log(label(a).padEnd(9), '== ', loose.join(' '));
}
console.log(null == 0, null >= 0, null > 0, undefined == 0, undefined >= 0);
console.log('' == 0, ' \t\n' == 0, '0' == false, 'false' == false, [] == ![], [] == '', [[]] == 0);
const obj = { valueOf: () => 42 };
console.log(obj == 42, obj === 42, obj == '42');
const s1 = 'abc', s2 = 'ab' + 'c';
console.log(s1 === s2, new String('abc') == 'abc', new String('abc') === 'abc', new String('a') == new String('a'));
console.log(Object.is(0, -0), 0 === -0, Object.is(NaN, 0 / 0), [NaN].includes(NaN), [NaN].indexOf(NaN));
const sym = Symbol('s');
console.log(sym == sym, sym === Symbol('s'), Symbol.for('k') === Symbol.for('k'));
