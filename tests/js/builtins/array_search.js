// indexOf vs includes (NaN, -0), lastIndexOf, find, findIndex, findLast, findLastIndex.
const a = [1, NaN, 3, -0, 'x', undefined, 3];
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0), a.indexOf(-0));
console.log(a.indexOf(3), a.lastIndexOf(3), a.indexOf(3, 3), a.indexOf(3, -1), a.lastIndexOf(3, -2));
console.log(a.indexOf('1'), a.indexOf(undefined), a.includes(undefined), [, 1].includes(undefined), [, 1].indexOf(undefined));
console.log(a.includes(3, 10), a.indexOf(1, -100), [].indexOf(1));
const people = [{ id: 1, n: 'a' }, { id: 2, n: 'b' }, { id: 3, n: 'b' }];
console.log(people.find((p) => p.n === 'b'), people.findIndex((p) => p.n === 'b'));
console.log(people.findLast((p) => p.n === 'b'), people.findLastIndex((p) => p.n === 'b'));
console.log(people.find((p) => p.n === 'z'), people.findIndex((p) => p.n === 'z'));
const visited = [];
[1, , 3].find((v, i) => { visited.push(i); return false; });
console.log('find visits holes:', visited);
const obj = { o: 1 };
console.log([obj].indexOf({ o: 1 }), [obj].indexOf(obj), [[1]].includes([1]));
console.log(['a', 'b'].find(function () { return this.want === 'b'; }, { want: 'b' }));
console.log([1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 3].at(-4), [1, 2, 3].at(1.7));
