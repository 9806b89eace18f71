// String escapes: each one's length and char codes.
const cases = [
  ['\\n', '\n'], ['\\t', '\t'], ['\\r', '\r'], ['\\b', '\b'], ['\\f', '\f'], ['\\v', '\v'],
  ['\\0', '\0'], ["\\'", '\''], ['\\"', "\""], ['\\\\', '\\'],
  ['\\x41', '\x41'], ['\\u0042', '\u0042'], ['\\u{43}', '\u{43}'], ['\\u{1F600}', '\u{1F600}'],
  ['\\q (unknown escape)', '\q'],
];
for (const [label, value] of cases) {
  const codes = [];
  for (let i = 0; i < value.length; i++) codes.push(value.charCodeAt(i));
  console.log(label, '-> length', value.length, 'codes', codes.join(','));
}
const continued = 'line one \
line two';
console.log(continued);
console.log('tab[\t]', "quote[\"]", 'single[\']');
console.log('a\nb');
console.log(JSON.stringify('a\nb\t"c"\\'));
console.log('\u00e9' === 'é', '\u00e9'.length, 'e\u0301'.length);
