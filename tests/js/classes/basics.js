// Class basics: constructor, methods, prototype wiring, typeof, methods are non-enumerable.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() { return this.x * this.x + this.y * this.y; }
  toString() { return `Point(${this.x}, ${this.y})`; }
}
const p = new Point(3, 4);
console.log(p.norm2(), String(p), `${p}`, p.x, p.y);
console.log(typeof Point, Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point);
console.log(Object.keys(p), Object.keys(Point.prototype), Object.getOwnPropertyNames(Point.prototype));
console.log(p.hasOwnProperty('x'), p.hasOwnProperty('norm2'), 'norm2' in p);
class Empty {}
const e = new Empty();
console.log(typeof e, Object.keys(e).length, e instanceof Empty);
class ReturnsObject {
  constructor() { this.ignored = true; return { replaced: true }; }
}
console.log(new ReturnsObject());
class ReturnsPrimitive {
  constructor() { this.kept = true; return 42; }
}
console.log(new ReturnsPrimitive());
const desc = Object.getOwnPropertyDescriptor(Point.prototype, 'norm2');
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(Point, 'prototype').writable);
Point.prototype.added = function () { return 'added later'; };
console.log(p.added());
