// Nesting beyond depth 2 is shown as [Object] and [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]], [[[['deep']]]]);
console.log({ level1: { level2: { level3: {} } } });
console.log({ level1: { level2: { level3: [] } } });
console.log([{ a: [{ b: { c: 1 } }] }]);
console.log({ fn: { inner: { f() {} } } }, { m: { inner: { map: new Map([[1, 2]]) } } });
class Foo { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Foo() } } });
