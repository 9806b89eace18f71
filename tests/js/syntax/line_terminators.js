// Line and paragraph separators, CRLF, and exotic whitespace between tokens.
const parts = ['a', 'b'];
console.log(parts.join('\u2028').length);
const s = 'x\u2028y\u2029z';
console.log(s.length, JSON.stringify(s));
console.log('ends:', 'a\r\nb'.split('\r\n'));
const spaced =	1	+	2; // tabs around tokens
console.log(spaced);
const nbsp = 1 + 2; // non-breaking spaces around +
console.log(nbsp);
console.log(' \t\n\u00a0\ufeffx'.trim());
console.log('\u2028'.trim().length, '\u3000x\u3000'.trim());
