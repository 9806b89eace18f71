// toUpperCase, toLowerCase, and localeCompare basics on ASCII strings.
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'MiXeD 123 !?'.toLowerCase());
console.log('ß'.toUpperCase(), 'ÉCOLE'.toLowerCase(), 'i'.toUpperCase());
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log('apple'.localeCompare('apricot'), 'abc'.localeCompare('ab'), ''.localeCompare('a'));
console.log(['delta', 'alpha', 'charlie', 'bravo'].sort((a, b) => a.localeCompare(b)));
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
console.log(['hELLO', 'wORLD'].map(cap).join(' '));
const camel = 'some_snake_case_name'.split('_').map((w, i) => (i ? cap(w) : w)).join('');
console.log(camel);
console.log('ABC'.toLowerCase() === 'abc', 'abc'.toUpperCase() === 'ABC');
