// Multiple arguments are joined by spaces, strings unquoted at the top level only.
console.log('a', 'b', 1, true, null, undefined);
console.log();
console.log('');
console.log('after two empty-looking lines');
console.log([1], { a: 1 }, 'text', [['nested']]);
console.log('line1\nline2', 'same line');
console.log(' leading and trailing spaces ');
