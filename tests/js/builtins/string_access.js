// charAt, charCodeAt, codePointAt, at, fromCharCode, fromCodePoint, indexing.
const s = 'hello';
console.log(s[0], s[10], s.charAt(1), s.charAt(10) === '', s.at(-1), s.at(-6), s.at(0));
console.log(s.charCodeAt(0), s.charCodeAt(10), s.codePointAt(1), s.codePointAt(10));
console.log('😀x'.charCodeAt(0), '😀x'.codePointAt(0), '😀x'.codePointAt(1), '😀x'.at(0).length);
console.log(String.fromCharCode(72, 105), String.fromCharCode(0x1F600 & 0xffff), String.fromCharCode(65.9, '66'));
console.log(String.fromCharCode(), String.fromCodePoint(128512, 65), String.fromCharCode(65536 + 65));
try {
  String.fromCodePoint(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(s.length, ''.length, s[-1], s['1']);
const copy = s;
s[0] = 'J';
console.log('strings are immutable:', s, copy === s);
console.log('abc'.charAt(1.9), 'abc'.charCodeAt('1'), 'abc'.charAt());
