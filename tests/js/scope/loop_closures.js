// Per-iteration bindings: let in a for loop vs var, and closures created in loops.
const withVar = [];
for (var i = 0; i < 3; i++) withVar.push(() => i);
console.log('var:', withVar.map((f) => f()));
const withLet = [];
for (let j = 0; j < 3; j++) withLet.push(() => j);
console.log('let:', withLet.map((f) => f()));
// The increment runs on the new copy: a closure made in the body sees its own iteration.
const mutated = [];
for (let k = 0; k < 3; k++) {
  mutated.push(() => k);
  k += 10;
}
console.log('mutated in body:', mutated.map((f) => f()));
// Closures in the loop head's initializer see the first iteration's copy.
const fromInit = [];
for (let m = 0, get = () => m; m < 2; m++) fromInit.push(get);
console.log('closure from init:', fromInit.map((f) => f()));
const forOf = [];
for (const v of ['a', 'b', 'c']) forOf.push(() => v);
console.log('for-of const:', forOf.map((f) => f()));
const forIn = [];
for (const key in { x: 1, y: 2 }) forIn.push(() => key);
console.log('for-in const:', forIn.map((f) => f()));
const iife = [];
for (var n = 0; n < 3; n++) iife.push(((captured) => () => captured)(n));
console.log('var with IIFE:', iife.map((f) => f()));
let w = 0;
const whileFns = [];
while (w < 3) { const copy = w; whileFns.push(() => copy); w++; }
console.log('while with const copy:', whileFns.map((f) => f()));
