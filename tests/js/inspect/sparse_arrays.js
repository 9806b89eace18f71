// Sparse arrays: runs of holes are counted, trailing holes too.
console.log([, ]);
console.log([, , ]);
console.log([1, , 2, , , 3]);
const a = [];
a[3] = 'x';
a[10] = 'y';
console.log(a);
const big = [];
big[200] = 'last';
console.log(big);
const d = [1, 2, 3];
delete d[0];
console.log(d);
const many = Array.from({ length: 12 }, (_, i) => i);
delete many[3];
delete many[4];
console.log(many);
