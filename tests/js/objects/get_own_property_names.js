// getOwnPropertyNames, getOwnPropertySymbols, Reflect.ownKeys and non-enumerable properties.
const s1 = Symbol('one');
const o = { b: 1, a: 2, [s1]: 3, 7: 'seven' };
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
console.log(Object.keys(o));
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertySymbols(o));
console.log(Reflect.ownKeys(o));
console.log(Object.getOwnPropertyNames([1, 2]));
console.log(Object.getOwnPropertyNames(function f(a) {}).sort());
console.log(Object.getOwnPropertyNames(class C { static s() {} }).sort());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf([])).includes('map'));
console.log(Object.getOwnPropertyNames(new Error('m')));
