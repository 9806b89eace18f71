// hasOwnProperty, Object.hasOwn, and safe checks on null-prototype objects.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = undefined;
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('inherited'), Object.hasOwn(o, 'own'));
console.log('own' in o, o.own !== undefined);
const bare = Object.create(null);
bare.x = 1;
try {
  bare.hasOwnProperty('x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.prototype.hasOwnProperty.call(bare, 'x'), Object.hasOwn(bare, 'x'));
const tricky = { hasOwnProperty: () => 'overridden' };
console.log(tricky.hasOwnProperty('a'), Object.hasOwn(tricky, 'hasOwnProperty'));
console.log([1, 2].hasOwnProperty(0), [1, 2].hasOwnProperty('length'), [1, 2].hasOwnProperty(5));
console.log('abc'.hasOwnProperty(1), 'abc'.hasOwnProperty('length'));
console.log({ 1: 'a' }.hasOwnProperty(1), { 1: 'a' }.hasOwnProperty('1'));
const o2 = { a: 1 };
console.log(o2.propertyIsEnumerable('a'), [].propertyIsEnumerable('length'));
