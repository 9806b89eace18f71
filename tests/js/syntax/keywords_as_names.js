// Reserved words as property names, and contextual keywords as identifiers.
const obj = { if: 1, class: 2, new: 3, return: 4, default: 5, function: 6, typeof: 7 };
console.log(obj.if + obj.class + obj.new + obj.return + obj.default + obj.function + obj.typeof);
console.log(Object.keys(obj).join(' '));
const let_ = { let: 'let', static: 'static', async: 'async', await: 'await', yield: 'yield', of: 'of', get: 'get', set: 'set' };
console.log(Object.values(let_).join(','));
var async = 'async as var';
var of = 'of as var';
var get = 'get';
console.log(async, of, get);
const o2 = {
  get() { return 'method named get'; },
  set: 'prop named set',
  async() { return 'method named async'; },
  static() { return 'method named static'; },
};
console.log(o2.get(), o2.set, o2.async(), o2.static());
class C {
  static static() { return 'static static'; }
  get get() { return 'getter named get'; }
  delete() { return 'delete method'; }
}
console.log(C.static(), new C().get, new C().delete());
for (const of of [1, 2]) console.log('of', of);
