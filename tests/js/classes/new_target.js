// new.target: detecting calls without new, abstract base classes, and the called constructor.
function Classic() {
  if (!new.target) return 'called without new';
  this.made = 'with new';
}
console.log(Classic(), new Classic().made);
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
console.log(new Circle().kind);
try {
  new Shape();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function Report() { return new.target === undefined ? 'plain call' : new.target.name; }
console.log(Report(), new Report() instanceof Report);
class Base { constructor() { this.t = new.target; } }
class Derived extends Base {}
console.log(new Derived().t === Derived, new Base().t === Base);
function arrowSees() { const a = () => new.target; return a(); }
console.log(new arrowSees() instanceof arrowSees, arrowSees());
