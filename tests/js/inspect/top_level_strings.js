// Top-level strings are printed raw; the same strings nested are quoted and escaped.
const s = 'x'.repeat(120);
console.log(s);
console.log('tab\there', 'new\nline', 'quote\'s', "double\"s", 'back\\slash');
console.log(['tab\there', 'new\nline', 'quote\'s', "double\"s", 'back\\slash']);
console.log('unicode: é ß 日本 😀', ['unicode: é ß 日本 😀']);
console.log(`template
literal spanning lines`);
console.log('%s', 'x'.repeat(10), ['y'.repeat(10)]);
