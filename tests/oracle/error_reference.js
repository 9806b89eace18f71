// Reading an undeclared variable is an uncaught ReferenceError.
console.log('start');
console.log(notDeclaredAnywhere);
