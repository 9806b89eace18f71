// The name and length properties of functions of every kind.
function decl(a, b) {}
const expr = function (a) {};
const arrow = (a, b, c) => {};
const namedExpr = function realName() {};
const obj = {
  method() {},
  ['comp' + 'uted']() {},
  get getter() { return 1; },
  set setter(v) {},
  arrowProp: () => {},
  [Symbol('sym')]() {},
  async asyncMethod() {},
};
class Cls { constructor(x, y) {} static st() {} m() {} }
const show = (f) => console.log(JSON.stringify(f.name), f.length);
show(decl); show(expr); show(arrow); show(namedExpr);
show(obj.method); show(obj.computed); show(obj.arrowProp); show(obj.asyncMethod);
const desc = Object.getOwnPropertyDescriptor(obj, 'getter');
show(desc.get); show(Object.getOwnPropertyDescriptor(obj, 'setter').set);
const symKey = Object.getOwnPropertySymbols(obj)[0];
show(obj[symKey]);
show(Cls); show(Cls.st); show(Cls.prototype.m);
show(decl.bind(null)); show(decl.bind(null, 1)); show(decl.bind(null, 1, 2, 3));
show(function () {}); show(() => {});
show(function (a, b = 1, c) {}); show(function (...rest) {}); show(function ({ a, b }, [c]) {});
let assigned;
assigned = function () {};
show(assigned);
const { defaulted = () => {} } = {};
show(defaulted);
console.log(Object.getOwnPropertyDescriptor(decl, 'name'));
console.log(Object.getOwnPropertyDescriptor(decl, 'length'));
decl.name = 'cannot change';
console.log(decl.name);
