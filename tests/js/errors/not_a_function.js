// "... is not a function": the V8 message names the callee as it was written.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
const obj = { method: 1, nested: { deep: 'str' }, arr: [1] };
let x;
show(() => x());
show(() => obj.method());
show(() => obj.missing());
show(() => obj.nested.deep());
show(() => obj['computed' + 'Key']());
show(() => obj.arr[0]());
show(() => (0, obj.method)());
show(() => obj.map((v) => v));
show(() => ({}).forEach(() => {}));
show(() => 'str'.push('x'));
show(() => (5)());
show(() => null());
show(() => undefined());
show(() => new Map().get('k')());
show(() => JSON.parse('{}').run());
show(() => Promise.resolve().then(1).foo());
show(() => [1, 2].map(undefined));
show(() => obj?.missing());
show(() => obj.nested?.deep());
show(() => (() => 5)()());
show(() => { const fn = 'not callable'; fn(); });
show(() => { obj.method `tagged`; });
