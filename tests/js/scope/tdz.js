// The temporal dead zone: let/const/class are hoisted but unusable before their declaration.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
show(() => {
  console.log(a);
  let a = 1;
});
show(() => {
  b = 2;
  const b = 1;
});
show(() => {
  const c = c + 1;
});
show(() => {
  new K();
  class K {}
});
show(() => {
  console.log(typeof d);
  let d;
});
show(() => {
  let x = 'outer';
  {
    console.log(x);
    let x = 'inner';
  }
});
show(() => {
  function readLater() { return later; }
  console.log('before init:');
  try { readLater(); } catch (e) { console.log('  ' + e.message); }
  let later = 'ready';
  console.log('after init:', readLater());
});
show(() => {
  function f(a = b, b = 1) { return [a, b]; }
  f();
});
show(() => {
  for (let i = i; i < 1; i++) {}
});
console.log('typeof undeclared:', typeof notDeclaredAnywhere);
