// Functions, classes, async functions and generators, with and without names and properties.
function named() {}
const anonymous = [function () {}][0];
const arrow = () => {};
class A {}
class B extends A {}
async function g() {}
console.log(named, anonymous, arrow, A, B, g);
console.log([named, arrow, A], { named, arrow, cls: A });
console.log(class {}, class extends A {}, async () => {}, Math.max, console.log.name);
const withProps = function withProps() {};
withProps.a = 1;
withProps.nested = { b: 2 };
console.log(withProps);
const arrowProps = () => {};
arrowProps.count = 3;
console.log(arrowProps, [arrowProps]);
console.log(named.bind(null), Object.defineProperty(function () {}, 'name', { value: 'renamed' }));
console.log(Object.setPrototypeOf(function nullProto() {}, null));
const obj = { method() {}, async am() {}, get g() { return 1; } };
console.log(obj.method, obj.am, obj.gm, obj);
class Static { static s = 1; static m() {} }
console.log(Static);
