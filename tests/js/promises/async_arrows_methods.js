// Async arrows, async methods, async class methods and static async methods.
const arrow = async (x) => x * 2;
const obj = {
  base: 10,
  async method(x) { await null; return this.base + x; },
  arrowInObj: async () => 'async arrow property',
};
class Service {
  constructor() { this.calls = 0; }
  async fetch(id) { this.calls++; await null; return { id, calls: this.calls }; }
  static async create() { await null; return new Service(); }
}
arrow(21).then((v) => console.log('arrow', v));
obj.method(5).then((v) => console.log('method', v));
obj.arrowInObj().then((v) => console.log(v));
Service.create()
  .then(async (s) => {
    console.log('created', s instanceof Service);
    const r1 = await s.fetch('a');
    const r2 = await s.fetch('b');
    console.log(r1, r2);
  });
console.log(typeof arrow, arrow.constructor.name, Object.prototype.toString.call(arrow));
const immediately = (async () => 'iife')();
immediately.then(console.log);
