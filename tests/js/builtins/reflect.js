// Reflect basics: ownKeys, has, get, set, apply, construct, getPrototypeOf, defineProperty.
const o = { b: 1, a: 2, [Symbol('s')]: 3 };
console.log(Reflect.ownKeys(o), Reflect.has(o, 'a'), Reflect.has(o, 'toString'));
console.log(Reflect.get(o, 'a'), Reflect.set(o, 'c', 4), o.c);
const frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, 'x', 2), Reflect.defineProperty(frozen, 'y', { value: 1 }), Reflect.deleteProperty(frozen, 'x'));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this.v; }, { v: 'this' }, []));
class P { constructor(a, b) { this.sum = a + b; } }
console.log(Reflect.construct(P, [1, 2]).sum, Reflect.getPrototypeOf([]) === Array.prototype);
const getterHost = { get who() { return this.name; } };
console.log(Reflect.get(getterHost, 'who', { name: 'receiver' }));
try {
  Reflect.get(1, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
