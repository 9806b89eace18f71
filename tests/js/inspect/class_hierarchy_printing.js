// Class constructors with static members, inheritance, and instances of anonymous subclasses.
class Animal { static count = 0; static kingdom = 'animalia'; }
class Dog extends Animal { static bark() {} }
const Anon = class extends Dog {};
console.log(Animal, Dog, Anon);
console.log(new Animal(), new Dog(), new Anon());
const make = () => class {};
console.log(make(), new (make())());
class WithToString { toString() { return 'custom'; } }
console.log(new WithToString(), `${new WithToString()}`);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log([new Point(1, 2), new Point(3, 4)], { origin: new Point(0, 0) });
class Node_ { constructor(v) { this.value = v; this.next = null; } }
const list = new Node_(1);
list.next = new Node_(2);
list.next.next = new Node_(3);
list.next.next.next = new Node_(4);
console.log(list);
