// Object keys: which need quotes, numeric keys, symbol keys, and empty objects.
console.log({});
console.log({ a: 1, 'a-b': 2, 'with space': 3, $dollar: 4, _under: 5, 'ünï': 6, '1abc': 7, abc1: 8 });
console.log({ 1: 'one', 0: 'zero', '-1': 'minus', '1.5': 'float', '01': 'leading zero' });
console.log({ "it's": 1, 'say "x"': 2, '': 3, 'new\nline': 4 });
console.log({ [Symbol('s')]: 'symbol value', [Symbol()]: 'anonymous', [Symbol.iterator]: 'well-known', regular: 1 });
console.log({ class: 1, if: 2, null: 3, true: 4, undefined: 5 });
console.log({ a: undefined, b: null });
console.log({ nested: {}, arr: [], str: '' });
