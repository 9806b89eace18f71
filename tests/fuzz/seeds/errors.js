let x = ;
f(1, 2
const y;
