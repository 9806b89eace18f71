// Class expressions: anonymous, named (inner name), immediately used, and as mixins.
const Anon = class {};
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Anon.name, Named.name, new Named().who(), typeof Inner);
const instance = new (class { constructor() { this.v = 'inline'; } })();
console.log(instance.v);
const Serializable = (Base) => class extends Base {
  serialize() { return JSON.stringify(this); }
};
const Eq = (Base) => class extends Base {
  equals(o) { return this.serialize() === o.serialize(); }
};
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class SmartPoint extends Eq(Serializable(Point)) {}
const a = new SmartPoint(1, 2);
console.log(a.serialize(), a.equals(new SmartPoint(1, 2)), a.equals(new SmartPoint(2, 1)));
console.log(Object.getPrototypeOf(SmartPoint).name === '', Object.getPrototypeOf(Object.getPrototypeOf(SmartPoint)).name === '');
const factories = [1, 2].map((n) => class { get n() { return n; } });
console.log(factories.map((C) => new C().n));
const Immutable = class Self { static create() { return new Self(); } };
console.log(Immutable.create() instanceof Immutable);
try {
  const Locked = class Self { static rename() { Self = null; } };
  Locked.rename();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
