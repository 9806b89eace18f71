// Strings inside arrays and objects: quote choice, escapes, long strings and line splitting.
console.log(['simple', "single ' quote", 'double " quote', 'both \' and "', 'all \' " `']);
console.log({ newline: 'a\nb', tab: 'a\tb', cr: 'a\rb', nul: 'a\0b', bs: 'a\\b' });
console.log(['x'.repeat(100)]);
console.log({ long: 'word '.repeat(20) });
console.log(['line one\nline two\nline three']);
console.log({ multi: 'first line\nsecond line that is quite long to make it wrap around eventually ok' });
console.log(['\u2028', '\ud800', '\x1b', '\x7f']);
