// Instance fields: initialised in order, before the constructor body, after super() returns.
const log = [];
const note = (s, v) => { log.push(s); return v; };
class Base {
  baseField = note('Base field', 'b');
  constructor() {
    note('Base constructor');
    this.fromBase = this.describe();
  }
  describe() { return 'Base.describe sees ' + typeof this.derivedField; }
}
class Derived extends Base {
  derivedField = note('Derived field 1', 'd1');
  second = note('Derived field 2', this.derivedField + '+');
  constructor() {
    note('Derived constructor before super');
    super();
    note('Derived constructor after super');
  }
  describe() { return 'Derived.describe sees ' + typeof this.derivedField; }
}
const d = new Derived();
console.log(log);
console.log(d.fromBase, d.second);
console.log(Object.keys(d));
class Shadow {
  value = 'field';
  constructor() { console.log('in constructor:', this.value); this.value = 'constructor'; }
}
console.log(new Shadow().value);
class NoInit { a; b = undefined; ['c' + 1] = 'computed'; 'quoted key' = 1; 42 = 'numeric'; }
const n = new NoInit();
console.log(n, 'a' in n);
class ArrowField {
  name = 'arrow';
  greet = () => 'hi from ' + this.name;
}
const { greet } = new ArrowField();
console.log(greet());
