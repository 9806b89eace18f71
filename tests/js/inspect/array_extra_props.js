// Arrays with extra (non-index) properties, and array subclasses.
const a = [1, 2];
a.extra = 3;
console.log(a);
const b = [];
b.name = 'named';
b['key with space'] = true;
console.log(b);
const c = [1, , 3];
c[-1] = 'minus one';
console.log(c);
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray());
const long = Array.from({ length: 8 }, (_, i) => i);
long.tag = 'x';
console.log(long);
