// Tagged templates: strings, raw strings, values, and caching of the strings array.
function tag(strings, ...values) {
  console.log('strings:', JSON.stringify(strings), 'raw:', JSON.stringify(strings.raw));
  console.log('values:', values);
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
const a = 1, b = 'two';
console.log(tag`x${a}y${b}z`);
console.log(tag`${a}${b}`);
console.log(tag`no subs`);
console.log(tag`esc\n\t${a}\u0041`);

console.log(String.raw`C:\path\to\file ${a}`);
console.log(String.raw`\n is not a newline`.length);

// The same call site gives the same frozen strings array every time.
const seen = [];
function keep(strings) { seen.push(strings); return strings.length; }
for (let i = 0; i < 2; i++) keep`same ${i} site`;
keep`same ${0} site`;
console.log('same site twice:', seen[0] === seen[1], 'other site:', seen[0] === seen[2]);
console.log('frozen:', Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw));

// A member expression and a call result can be tags.
const obj = { t(s, v) { return s[0] + v * 2; } };
console.log(obj.t`double:${21}`);
const make = () => (s) => s.raw[0].toUpperCase();
console.log(make()`shout`);
// Invalid escapes are allowed in tagged templates: cooked is undefined.
function cooked(s) { return [s[0], s.raw[0]]; }
console.log(cooked`\unicode`);
