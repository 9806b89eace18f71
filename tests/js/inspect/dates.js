// Dates print as ISO strings (fixed timestamps only), invalid dates as Invalid Date.
console.log(new Date(0));
console.log([new Date(1e12)], { when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) });
console.log(new Date(NaN), [new Date('nonsense')]);
const d = new Date(0);
d.label = 'with prop';
console.log(d);
class MyDate extends Date {}
console.log(new MyDate(0));
