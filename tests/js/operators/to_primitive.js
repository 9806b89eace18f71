// ToPrimitive: valueOf vs toString by hint, Symbol.toPrimitive, and objects that fail.
const log = [];
const both = {
  valueOf() { log.push('valueOf'); return 42; },
  toString() { log.push('toString'); return 'str'; },
};
console.log(both + 1, `${both}`, String(both), both * 2, both > 41, both == 42);
console.log(log.join(' '));
const onlyToString = { toString() { return '7'; } };
console.log(onlyToString * 2, onlyToString + 1, onlyToString - 1);
const objValueOf = { valueOf() { return {}; }, toString() { return 'fallback'; } };
console.log(objValueOf + '!');
const hinted = {
  [Symbol.toPrimitive](hint) { return hint === 'number' ? 1 : hint === 'string' ? 'S' : 'D'; },
};
console.log(+hinted, `${hinted}`, hinted + '', hinted * 3, String(hinted), hinted == 'D');
const broken = { valueOf() { return {}; }, toString() { return {}; } };
try {
  console.log(broken + 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const nullProto = Object.create(null);
try {
  console.log(`${nullProto}`);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d - 1);
console.log([1, 2] + 1, [5] * 2, [] * 2, [[[3]]] * 2);
const badPrim = { [Symbol.toPrimitive]() { return {}; } };
try {
  console.log(+badPrim);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
