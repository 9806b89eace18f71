// indexOf, lastIndexOf, includes, startsWith, endsWith, search by position.
const s = 'the cat sat on the mat';
console.log(s.indexOf('at'), s.indexOf('at', 6), s.indexOf('dog'), s.indexOf(''), s.indexOf('', 100));
console.log(s.lastIndexOf('at'), s.lastIndexOf('at', 10), s.lastIndexOf('the'), s.lastIndexOf(''));
console.log(s.includes('sat'), s.includes('sat', 10), s.includes(''), 'abc'.includes('ABC'));
console.log(s.startsWith('the'), s.startsWith('cat', 4), s.endsWith('mat'), s.endsWith('cat', 7));
console.log('aaa'.indexOf('aa', 1), 'aaa'.lastIndexOf('aa'), 'abc'.indexOf('c', -5));
console.log('undefined'.includes(), 'null'.indexOf(null), '1,2'.indexOf([2]));
let count = 0, pos = s.indexOf('at');
while (pos !== -1) { count++; pos = s.indexOf('at', pos + 1); }
console.log('occurrences of at:', count);
