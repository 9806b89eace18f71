// ??, ||, && and the logical assignments ??=, ||=, &&=.
const values = [0, '', false, null, undefined, NaN, 'x', 1, [], {}];
for (const v of values) {
  console.log(JSON.stringify(String(v)), '??:', v ?? 'default', '||:', v || 'default', '&&:', v && 'truthy');
}
const settings = { volume: 0, name: '', debug: null };
console.log(settings.volume ?? 50, settings.volume || 50);
console.log(settings.name ?? 'anon', settings.name || 'anon');
console.log(settings.debug ?? false, settings.missing ?? 'missing');
let a = null;
a ??= 'set by ??=';
a ??= 'not set again';
let b = 0;
b ||= 'set by ||=';
let c = 1;
c &&= 'set by &&=';
let d = 0;
d &&= 'not set';
console.log(a, b, c, d);
let calls = 0;
const obj = { get x() { calls++; return 1; }, set x(v) { calls += 100; } };
obj.x ??= 5;
obj.x ||= 5;
console.log('short-circuited assignments never call the setter:', calls);
const counts = {};
for (const w of ['a', 'b', 'a']) { counts[w] ??= 0; counts[w]++; }
console.log(counts);
console.log((null || undefined) ?? 'mixed with parens');
console.log(null ?? (0 || 'inner or'));
