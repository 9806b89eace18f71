// RangeErrors: invalid array length, number formatting arguments, repeat, and stack overflow.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message, e instanceof RangeError);
  }
}
show(() => new Array(-1));
show(() => new Array(4294967296));
show(() => { const a = []; a.length = 3.5; });
show(() => [].length = -1);
show(() => (12.5).toFixed(200));
show(() => (1).toPrecision(101));
show(() => (255).toString(0));
show(() => 'ab'.repeat(-2));
show(() => new Date(NaN).toISOString());
show(() => String.fromCodePoint(0x110000));
function recurse(n) { return recurse(n + 1) + 1; }
show(() => recurse(0));
const deep = () => deep();
show(deep);
let depthReached = 0;
function measure() { depthReached++; measure(); }
try {
  measure();
} catch (e) {
  console.log('overflow caught after many frames:', depthReached > 1000, e.name);
}
console.log('the program continues after a stack overflow');
