// Object.create, getPrototypeOf, setPrototypeOf, __proto__, and null-prototype objects.
const animal = { speak() { return `${this.name} speaks`; } };
const dog = Object.create(animal);
dog.name = 'Rex';
console.log(dog.speak(), Object.getPrototypeOf(dog) === animal, animal.isPrototypeOf(dog));
const withProps = Object.create(animal, { name: { value: 'Props', enumerable: true } });
console.log(withProps.speak(), Object.keys(withProps));
const bare = Object.create(null);
bare.key = 'value';
console.log(Object.getPrototypeOf(bare), 'toString' in bare, Object.keys(bare));
const cat = { name: 'Tom' };
Object.setPrototypeOf(cat, animal);
console.log(cat.speak());
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(() => {}) === Function.prototype, Object.getPrototypeOf(1) === Number.prototype);
const viaProto = { __proto__: animal, name: 'Literal' };
console.log(viaProto.speak(), viaProto.__proto__ === animal);
try {
  Object.setPrototypeOf(animal, dog);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.create(5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const chain = Object.create(Object.create(Object.create({ top: 'found at depth 3' })));
console.log(chain.top);
const shadow = Object.create({ v: 'proto' });
shadow.v = 'own';
console.log(shadow.v, Object.getPrototypeOf(shadow).v);
