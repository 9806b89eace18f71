// split: separators, limits, empty strings, and split-join idioms.
console.log('a,b,c'.split(','), 'a,b,c'.split(',', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', -1));
console.log('abc'.split(''), 'abc'.split(), 'abc'.split(undefined), ''.split(','), ''.split(''));
console.log('a,,b,'.split(','), ',a'.split(','), 'a--b--c'.split('--'), 'abc'.split('abc'));
console.log('one two  three'.split(' '), 'no-sep'.split('x'));
console.log('😀a'.split(''), 'a😀'.split('').length);
console.log('a b c'.split(' ', 2.7), 'a1b1c'.split(1), 'anullb'.split(null));
console.log('x=1&y=2&z'.split('&').map((kv) => kv.split('=')));
console.log('hello world'.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join(' '));
console.log('reverse me'.split('').reverse().join(''));
console.log('line1\nline2\r\nline3'.split('\n'));
