const { a = 1, b: [c, , ...d], ...rest } = obj ?? {};
[x, y] = [y, x];
let o = { a, [k]: v, m() {}, get g() { return 1 }, async n() {}, ...rest, __proto__: null };
function g({ p, q = 2 } = {}, [r, s] = []) { return p + q + r + s; }
for (const [key, value] of Object.entries(o)) console.log(key, value);
({ a: o.x, b: o['y'] } = { a: 1, b: 2 });
