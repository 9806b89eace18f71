// Object.freeze, isFrozen, seal, isSealed, preventExtensions, isExtensible.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 99;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 'shallow freeze';
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ a: 1 });
sealed.a = 2;
sealed.b = 3;
delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const closed = Object.preventExtensions({ a: 1 });
closed.b = 2;
delete closed.a;
console.log(closed, Object.isExtensible(closed), Object.isSealed(closed));
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1));
console.log(Object.freeze(5), Object.isFrozen('str'));
const arr = Object.freeze([1, 2]);
try {
  arr.push(3);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function strictWrites() {
  'use strict';
  const f = Object.freeze({ x: 1 });
  const tries = [() => { f.x = 2; }, () => { f.y = 2; }, () => { delete f.x; }];
  for (const t of tries) {
    try { t(); } catch (e) { console.log(e.name + ': ' + e.message); }
  }
}
strictWrites();
function deepFreeze(o) {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
const deep = deepFreeze({ a: { b: { c: 1 } } });
deep.a.b.c = 2;
console.log(deep.a.b.c, Object.isFrozen(deep.a.b));
