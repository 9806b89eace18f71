// Getters and setters on plain objects: computed, lazily cached, logged, and defined later.
const log = [];
const temp = {
  _c: 25,
  get f() { log.push('get f'); return this._c * 9 / 5 + 32; },
  set f(v) { log.push('set f'); this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, log);
const lazy = {
  get expensive() {
    console.log('computing once');
    Object.defineProperty(this, 'expensive', { value: 42, enumerable: true });
    return this.expensive;
  },
};
console.log(lazy.expensive, lazy.expensive);
const onlySet = { set v(x) { this._v = x; } };
onlySet.v = 1;
console.log(onlySet.v, onlySet._v);
const proto = { get who() { return 'proto getter sees ' + this.name; } };
const child = Object.create(proto);
child.name = 'child';
console.log(child.who);
child.who = 'assignment ignored: no setter';
console.log(child.who, Object.keys(child));
const withKey = { get ['comp' + 'uted']() { return 'computed getter'; } };
console.log(withKey.computed, Object.keys(withKey));
console.log(Object.entries({ get a() { return 1; }, b: 2 }));
