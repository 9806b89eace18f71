// Optional chaining ?. on properties, calls, and indexes, including short-circuiting.
const user = { profile: { name: 'ann', tags: ['a', 'b'] }, greet() { return 'hi ' + this.profile.name; } };
const nobody = null;
console.log(user?.profile?.name, nobody?.profile?.name, user.missing?.deep.deeper);
console.log(user.profile.tags?.[1], user.nothing?.[0], nobody?.[0]);
console.log(user.greet?.(), user.nothing?.(), nobody?.greet());
let count = 0;
const r = nobody?.[count++];
console.log(r, 'short-circuit skips the index expression:', count);
console.log(undefined?.x, (void 0)?.x.y.z);
const fnOrNull = Math.random === undefined ? null : undefined;
console.log(fnOrNull?.());
try {
  user.missing.deep;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  user.profile.name?.toUpperCase().oops.again;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('short-circuited call:', user.notAFunction?.x(), user.notAFunction?.x.y.z());
try {
  user.profile?.name();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(0?.toFixed(1), ''?.length, false?.toString());
const deep = { a: { b: { c: { d: 'found' } } } };
console.log(deep?.a?.b?.c?.d, deep?.a?.x?.c?.d);
delete user?.profile?.tags;
console.log(Object.keys(user.profile));
