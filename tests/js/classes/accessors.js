// Getters and setters on classes: validation, computed values, inheritance, static.
class Temperature {
  #celsius = 0;
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  get celsius() { return this.#celsius; }
  set celsius(c) {
    if (typeof c !== 'number') throw new TypeError('celsius must be a number');
    this.#celsius = c;
  }
  static get absoluteZero() { return -273.15; }
}
const t = new Temperature();
t.celsius = 100;
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, Temperature.absoluteZero);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class OnlyGetter { get value() { return 'read only'; } }
const o = new OnlyGetter();
o.value = 'ignored in sloppy mode';
console.log(o.value);
class StrictWrite { get v() { return 1; } write() { this.v = 2; } }
try {
  new StrictWrite().write();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Base { get kind() { return 'base'; } }
class Child extends Base { get kind() { return 'child of ' + super.kind; } }
console.log(new Child().kind);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
