// Line breaking: short objects stay on one line; longer ones break at 72 characters of content.
console.log({ a: 1, b: 2, c: 3 });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddddddd' });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26 });
console.log([{ name: 'alice', age: 30 }, { name: 'bob', age: 25 }, { name: 'carol', age: 35 }]);
console.log([{ name: 'alice', age: 30, city: 'Paris' }, { name: 'bob', age: 25, city: 'Rome' }, { name: 'carol', age: 35 }]);
console.log({ user: { name: 'ann', roles: ['admin', 'editor', 'viewer'], settings: { theme: 'dark', lang: 'en' } } });
console.log(['a somewhat long string number one', 'a somewhat long string number two', 'three']);
console.log({ longKeyNumberOne: 'value one', longKeyNumberTwo: 'value two', longKeyNumberThree: 'v3' });
console.log('prefix text', { a: 'a fairly long value here', b: 'another fairly long value', c: 1 });
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], list: ['x', 'y'] });
