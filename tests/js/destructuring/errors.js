// The TypeErrors of destructuring undefined, null and non-iterables: exact V8 messages.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
show(() => { const { a } = undefined; });
show(() => { const { a } = null; });
show(() => { const { a: { b } } = {}; });
show(() => { const { a: { b } } = { a: null }; });
show(() => { const [x] = undefined; });
show(() => { const [x] = null; });
show(() => { const [x] = {}; });
show(() => { const [x] = 5; });
show(() => { const [[y]] = [1]; });
show(() => { let v; ({ v } = undefined); });
show(() => { function f({ p }) {} f(); });
show(() => { function g([q]) {} g(); });
show(() => { const {} = null; });
show(() => { const [] = {}; });
const { ...fromNumber } = 5;
console.log('rest of a number:', fromNumber);
const {} = 5;
console.log('empty pattern on a number is fine');
