// structuredClone makes a deep copy.
const original = { n: 1, list: [1, { deep: true }], map: new Map([['k', 'v']]), date: new Date(0) };
const copy = structuredClone(original);
console.log(copy !== original, copy.list !== original.list, copy.list[1] !== original.list[1]);
console.log(copy.list[1].deep, copy.map.get('k'), copy.date.getTime());
try {
  structuredClone({ f() {} });
} catch (e) {
  console.log(e.name);
}
