// slice, substring, substr: negative and swapped arguments.
const s = 'JavaScript';
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(4, 2), s.slice(100));
console.log(s.substring(4), s.substring(0, 4), s.substring(-3), s.substring(4, 0), s.substring(4, -1));
console.log(s.substr(4), s.substr(-6, 3), s.substr(4, 100), s.substr(0, -1) === '');
console.log(s.slice(NaN), s.substring(NaN, 2), s.slice(1.7, 3.2), s.slice('2', '4'));
console.log(s.slice(), s.substring(), s.substr());
console.log('😀ab'.slice(1), '😀ab'.slice(1).length, [...'😀ab'].slice(1).join(''));
