// Generator functions: yield, return, next(value), iteration, delegation.
function* count(n) {
  for (let i = 0; i < n; i++) yield i;
  return 'done';
}
const it = count(2);
console.log(it.next(), it.next(), it.next(), it.next());
console.log([...count(4)]);
function* echo() {
  const a = yield 'first';
  const b = yield `got ${a}`;
  return `end ${b}`;
}
const e = echo();
console.log(e.next('ignored').value, e.next('A').value, e.next('B'));
function* delegating() {
  yield 'start';
  const r = yield* count(2);
  yield `inner returned ${r}`;
  yield* ['x', 'y'];
}
console.log([...delegating()]);
function* infinite() { let i = 0; while (true) yield i++; }
const firstFive = [];
for (const v of infinite()) { if (v >= 5) break; firstFive.push(v); }
console.log(firstFive);
function* withFinally() {
  try { yield 1; yield 2; } finally { console.log('generator cleanup'); }
}
for (const v of withFinally()) { console.log('v', v); break; }
const g = withFinally();
g.next();
console.log(g.return('early'), g.next());
function* catcher() {
  try { yield 1; } catch (err) { yield `caught ${err}`; }
}
const c = catcher();
c.next();
console.log(c.throw('boom'), c.next());
console.log(typeof count, Object.prototype.toString.call(count(1)), it[Symbol.iterator]() === it);
