// replace and replaceAll with string patterns, replacement patterns and replacer functions.
const s = 'cat, cat, cat';
console.log(s.replace('cat', 'dog'), s.replaceAll('cat', 'dog'));
console.log(s.replace('cat', '[$&]'), s.replace('cat', '[$$]'), s.replace(', ', "[$`]"), s.replace(', ', "[$']"));
console.log(s.replace('cat', '$1 $0 $'), s.replaceAll('cat', '<$&>'));
console.log(s.replace('cat', (match, offset, str) => `${match.toUpperCase()}@${offset}/${str.length}`));
console.log(s.replaceAll('cat', (m, off) => off));
console.log('aaa'.replace('', '-'), 'aaa'.replaceAll('', '-'), 'abc'.replace('z', 'y'));
console.log('a.b.c'.replaceAll('.', '/'), 'x'.replace('x', '$'), 'x'.replace('x', '$$$$'));
console.log('1 + 1'.replace('+', 'plus'), 'price: 5'.replace('5', '$$5'));
console.log('undefined'.replace(undefined, 'replaced'), 'null'.replace(null, 'N'));
console.log('abc'.replace('b', () => '$&'), 'abc'.replace('b', 123), 'abc'.replace('b'));
