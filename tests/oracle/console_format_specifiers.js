// printf-style format specifiers in the first argument.
console.log('%s is %d years and %i days', 'Ada', 36.5, 12.9);
console.log('float %f, json %j, percent %%, css %c.', 1.25, { a: [1] }, 'color: red');
console.log('%o and %O', { x: 1 }, { y: [2, 3] });
console.log('%s', Symbol('sym'), 'extra', 42);
console.log('%d %d', 1);
console.log('no specifiers', 'a', 1, true, null, undefined);
