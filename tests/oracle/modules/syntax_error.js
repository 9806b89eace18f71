const fine = 1;
const broken = { a: 1,, b: 2 };
