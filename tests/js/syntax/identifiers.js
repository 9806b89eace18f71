// Identifier names: $, _, unicode letters, unicode escapes, and keywords that are not reserved.
const $ = 'dollar', _ = 'underscore', $_$ = 'mixed', __proto = 'double underscore';
console.log($, _, $_$, __proto);
const café = 'accented', π = 3.14159, 变量 = 'cjk', ʎ = 'ipa';
console.log(café, π, 变量, ʎ);
const \u0061bc = 'escaped identifier';
console.log(abc);
const a\u{62}c2 = 'braced escape';
console.log(abc2);
let of = 'of', async = 'async', get = 'get', set = 'set', from = 'from', as = 'as', target = 'target';
console.log(of, async, get, set, from, as, target);
var let_ = 'let_ is fine', undefinedish = undefined;
console.log(let_, undefinedish);
const camelCase = 1, PascalCase = 2, SCREAMING_CASE = 3, snake_case = 4;
console.log(camelCase + PascalCase + SCREAMING_CASE + snake_case);
const obj = { $: 1, _: 2, π: 3, 'not-an-identifier': 4 };
console.log(obj.$ + obj._ + obj.π + obj['not-an-identifier']);
