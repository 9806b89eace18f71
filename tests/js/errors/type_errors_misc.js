// Common TypeErrors: const assignment, new of non-constructors, read-only writes, bad operands.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
show(() => { const c = 1; c = 2; });
show(() => { const c = 1; c++; });
show(() => { const c = {}; c += 'x'; });
show(() => { const [a] = [1]; a = 2; });
show(() => { for (const i = 0; i < 2; i++) {} });
show(() => new (() => {})());
show(() => new Math.max());
show(() => new 5);
show(() => { const o = {}; new o.missing(); });
show(() => new JSON());
show(() => { 'use strict'; Object.freeze([1]).push(2); });
show(() => { 'use strict'; const s = 'str'; s.prop = 1; });
show(() => { 'use strict'; const s = 'str'; s[0] = 'x'; });
show(() => Symbol() + 1);
show(() => `${Symbol('t')}`);
show(() => Object.defineProperty({}, 'x', 1));
show(() => Object.setPrototypeOf({}, 1));
show(() => ({}) instanceof 1);
show(() => 'a' in 'abc');
show(() => null[Symbol.iterator]);
show(() => [].reduce((a, b) => a));
show(() => new Set().add.call({}, 1));
show(() => Array.prototype.forEach.call(null));
show(() => Object.create(undefined));
