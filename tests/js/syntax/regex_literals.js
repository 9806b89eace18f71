// Regular expression literals: the parser must tell them from division.
const re = /ab+c/gi;
console.log(re.source, re.flags, re.global, re.ignoreCase);
console.log('xABBCx abc'.match(/ab+c/gi));
const a = 10, b = 2, g = 5;
console.log(a / b / g);
console.log(a /b/ g);
console.log('2020-01-15'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'));
console.log(/[/]/.test('a/b'), /\//.source);
console.log(/^\s*$/.test('   '), /\bword\b/.test('a word here'));
const x = 1; const y = [4 / 2, /2/.source];
console.log(y);
console.log(String(/a/), typeof /a/, /a/ instanceof RegExp);
console.log('a,b;c d'.split(/[,; ]/));
const m = /(?<year>\d{4})-(?<month>\d{2})/.exec('date: 2024-03!');
console.log(m.index, m[0], m.groups.year, m.groups.month);
