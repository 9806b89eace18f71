// Losing and keeping `this` in callbacks: a classic source of bugs.
class Timer {
  constructor(label) { this.label = label; this.ticks = 0; }
  tick() { this.ticks++; return this.label + ':' + this.ticks; }
}
const t = new Timer('t');
const callbacks = [1, 2];
try {
  callbacks.forEach(t.tick);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(callbacks.map(t.tick.bind(t)));
console.log(callbacks.map(() => t.tick()));
console.log(callbacks.map(function () { return this.tick(); }, t));
const self = { n: 0, add() { const that = this; return function () { return ++that.n; }; } };
const adder = self.add();
adder(); adder();
console.log(self.n);
