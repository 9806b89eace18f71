// Symbols as values, as keys, and with descriptions that need quoting.
console.log(Symbol('a'), Symbol(), Symbol(''), Symbol('with space'), Symbol.for('registered'));
console.log([Symbol('in array')], { key: Symbol('as value') });
console.log({ [Symbol('as key')]: 1, [Symbol('')]: 2, [Symbol()]: 3 });
console.log({ [Symbol.toPrimitive]: 1, [Symbol.asyncIterator]: 2 });
console.log(Symbol('multi\nline'), [Symbol("quote'inside")]);
