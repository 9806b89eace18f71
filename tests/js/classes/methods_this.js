// Methods and `this`: chaining, detached methods, methods on the prototype vs own arrow fields.
class Builder {
  constructor() { this.parts = []; }
  add(p) { this.parts.push(p); return this; }
  build() { return this.parts.join(' '); }
}
console.log(new Builder().add('a').add('b').add('c').build());
class Greeter {
  constructor(name) { this.name = name; }
  greet() { return 'hi ' + (this ? this.name : 'nobody'); }
  arrow = () => 'arrow ' + this.name;
}
const g = new Greeter('zed');
const { greet, arrow } = g;
try {
  console.log(greet());
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(arrow());
console.log(Object.keys(g), typeof Greeter.prototype.greet, typeof Greeter.prototype.arrow);
const g2 = new Greeter('amy');
console.log(g.greet === g2.greet, g.arrow === g2.arrow);
class Computed {
  ['say' + 'Hi']() { return 'computed name'; }
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
  'quoted name'() { return 'quoted'; }
  123() { return 'numeric'; }
}
const c = new Computed();
console.log(c.sayHi(), [...c], c['quoted name'](), c[123]());
