// JSON.parse: values, whitespace, duplicates, escapes, reviver, and the SyntaxError messages.
console.log(JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"}}'));
console.log(JSON.parse(' [1, 2.5, -3e2, 0.1, 1E+2] '), JSON.parse('"str"'), JSON.parse('null'), JSON.parse('true'));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('"\\u0041\\n\\"\\/"'), JSON.parse('{"__proto__": 1}'));
console.log(JSON.parse('{"2":"b","1":"a","x":"x"}'), Object.keys(JSON.parse('{"b":1,"a":2}')));
console.log(JSON.parse('[1, 2, 3]', (k, v) => (typeof v === 'number' ? v * 2 : v)));
console.log(JSON.parse('{"date":"1970-01-01T00:00:00.000Z","keep":1}', (k, v) => (k === 'date' ? 'revived' : v)));
console.log(JSON.parse('{"a":{"b":1}}', (k, v) => (k === 'b' ? undefined : v)));
const bad = ['', '{', '{"a":1,}', "{'a':1}", '[1,]', 'undefined', 'NaN', '01', '{"a" 1}', '"unterminated', 'tru', '[1] x', '{a:1}', '"\t"'];
for (const text of bad) {
  try {
    JSON.parse(text);
    console.log('parsed', JSON.stringify(text));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
