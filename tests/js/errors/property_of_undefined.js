// Reading and writing properties of undefined and null: the exact V8 messages.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
let u;
const n = null;
const obj = { inner: undefined, nul: null };
show(() => u.x);
show(() => n.x);
show(() => obj.inner.x);
show(() => obj.nul.x);
show(() => obj.missing.deep.deeper);
show(() => u[0]);
show(() => u['key with spaces']);
show(() => u[Symbol('sym')]);
show(() => n[1 + 1]);
show(() => { u.x = 1; });
show(() => { n.y = 2; });
show(() => { obj.inner.z = 3; });
show(() => { u[0] = 1; });
show(() => u.length);
show(() => { const { a } = obj.inner; });
show(() => { for (const k of u) {} });
show(() => { u.x++; });
show(() => { delete n.x; });
show(() => u.method());
show(() => [undefined][0].x);
function getUser() {}
show(() => getUser().name);
