// extends, super() and super.method(): the prototype chains of instances and constructors.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static kingdom() { return 'Animalia'; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + ', then barks'; }
  static kingdom() { return super.kingdom() + ' (dogs)'; }
}
class Puppy extends Dog {
  speak() { return super.speak() + ' softly'; }
}
const p = new Puppy('Rex', 'lab');
console.log(p.speak(), p.name, p.breed);
console.log(Puppy.kingdom());
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, p instanceof Object);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(p.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(p)).constructor.name);
class NoCtor extends Animal {}
console.log(new NoCtor('implicit').name);
class Forgot extends Animal { constructor() { } }
try {
  new Forgot();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class ThisFirst extends Animal { constructor() { this.x = 1; super('late'); } }
try {
  new ThisFirst();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Twice extends Animal { constructor() { super('a'); super('b'); } }
try {
  new Twice();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const objWithSuper = {
  __proto__: { hello() { return 'proto hello'; } },
  hello() { return 'own + ' + super.hello(); },
};
console.log(objWithSuper.hello());
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class FromFunction extends OldStyle { get() { return 'wrapped ' + super.get(); } }
console.log(new FromFunction(7).get());
class FromNull extends null {}
console.log(Object.getPrototypeOf(FromNull.prototype));
try {
  class Bad extends 42 {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
