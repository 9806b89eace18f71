// Class instances show the class name; null-prototype objects and Object.create chains too.
class Foo { constructor() { this.x = 1; this.y = 'two'; } method() {} }
class Empty {}
class Bar extends Foo { constructor() { super(); this.z = [3]; } }
console.log(new Foo(), new Empty(), new Bar(), [new Foo()], { inst: new Empty() });
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
const proto = { greet() {} };
console.log(Object.create(proto), Object.assign(Object.create(proto), { own: 1 }));
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon);
const withConstructorProp = { constructor: 'not a function', a: 1 };
console.log(withConstructorProp);
const fakeCtor = { constructor: { name: 'Fake' } };
console.log(fakeCtor);
class WithTag { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new WithTag(), Object.assign(new WithTag(), { a: 1 }));
class Private { #secret = 1; visible = 2; }
console.log(new Private());
class Accessors { get computed() { return 42; } }
console.log(new Accessors());
const nullProtoInst = Object.setPrototypeOf(new Foo(), null);
console.log(nullProtoInst);
