// Object literals: shorthand, computed keys, methods, spread, getters and setters, __proto__.
const x = 1, y = 2;
const key = 'dyn';
const obj = {
  x, y,
  [key + 'amic']: 'computed',
  [`${key}_${x + y}`]: 'template computed',
  method() { return this.x + this.y; },
  arrow: () => 'arrow',
  get sum() { return this.x + this.y; },
  set sum(v) { this.x = v; this.y = 0; },
  'quoted-key': 'q',
  42: 'number key',
  nested: { deep: { deeper: true } },
};
console.log(obj.x, obj.y, obj.dynamic, obj.dyn_3, obj.method(), obj.arrow(), obj.sum);
obj.sum = 10;
console.log(obj.x, obj.y, obj.sum, obj['quoted-key'], obj[42], obj['42'], obj.nested.deep.deeper);
const base = { a: 1, b: 2 };
const spread = { ...base, b: 3, c: 4 };
const overridden = { b: 0, ...base };
console.log(spread, overridden, { ...null, ...undefined, ...'hi', ...[9] });
const withProto = { __proto__: { inherited: 'from proto' }, own: 'own' };
console.log(withProto.inherited, Object.keys(withProto));
const getterSpread = { ...{ get g() { return 'evaluated'; } } };
console.log(Object.getOwnPropertyDescriptor(getterSpread, 'g'));
const dup = { a: 1, a: 2 };
console.log(dup);
const empty = {};
console.log(Object.keys(empty).length, typeof empty, empty.toString());
