// padStart, padEnd, trim, trimStart, trimEnd, repeat.
console.log(JSON.stringify(['5'.padStart(3, '0'), '5'.padEnd(3, '*'), 'abc'.padStart(2), 'ab'.padStart(7, 'xyz'), 'x'.padStart(4)]));
console.log(JSON.stringify(['x'.padEnd(4), 'x'.padEnd(4, ''), 'abc'.padEnd(6, '123456'), '7'.padStart(3, 0), 'x'.padStart(-1)]));
for (const n of [1, 22, 333]) console.log(String(n).padStart(5, '.') + '|' + String(n).padEnd(5) + '|');
const raw = '\t  hello world \n ';
console.log(JSON.stringify([raw.trim(), raw.trimStart(), raw.trimEnd()]));
console.log(JSON.stringify(['\u00a0\ufeffnbsp\u2003'.trim(), '\u200bzero-width\u200b'.trim()]));
console.log(JSON.stringify(['ab'.repeat(3), 'x'.repeat(0), ''.repeat(5), '-'.repeat(2.9)]));
try {
  'x'.repeat(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'x'.repeat(Infinity);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const table = [['name', 'qty'], ['apple', 3], ['kiwi', 12]];
for (const [a, b] of table) console.log(a.padEnd(8) + String(b).padStart(4));
