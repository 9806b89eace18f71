// WeakMap and WeakSet basics: object keys only, get/set/has/delete, private data per object.
const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 'object key').set(k2, 'function key');
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.get({}));
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1));
for (const bad of [1, 'str', null, undefined, Symbol.for('registered')]) {
  try {
    wm.set(bad, 1);
    console.log('accepted', String(bad));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(wm.get(1), wm.has('x'), wm.delete(null));
const privates = new WeakMap();
class Person {
  constructor(name) { privates.set(this, { name }); }
  get name() { return privates.get(this).name; }
}
const p = new Person('ann');
console.log(p.name, Object.keys(p), JSON.stringify(p));
const ws = new WeakSet();
const obj = {};
ws.add(obj);
console.log(ws.has(obj), ws.has({}), ws.delete(obj), ws.has(obj));
try {
  ws.add(42);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof wm.size, typeof wm.forEach, typeof wm[Symbol.iterator]);
const cache = new WeakMap();
function compute(o) {
  if (!cache.has(o)) { console.log('computing for', o.id); cache.set(o, o.id * 2); }
  return cache.get(o);
}
const item = { id: 21 };
console.log(compute(item), compute(item));
