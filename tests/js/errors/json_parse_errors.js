// JSON.parse SyntaxErrors: the message for each kind of bad input.
const inputs = ['{"a":}', '[1 2]', '{"a":1', 'nul', '"\\x41"', '{"a":1}}', '[', '{,}', '1.', '-', '.5', '+1', '0x10', "'single'", '{"a":"b\n"}', 'true false', '\u00a01'];
for (const text of inputs) {
  try {
    const v = JSON.parse(text);
    console.log('parsed', JSON.stringify(text), '->', v);
  } catch (e) {
    console.log(e.name + ': ' + e.message, e instanceof SyntaxError);
  }
}
try {
  JSON.parse(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  JSON.parse({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(JSON.parse(' 1 '), JSON.parse('"\\ud83d\\ude00"'), JSON.parse('[]').length, JSON.parse(5), JSON.parse(null), JSON.parse(true));
