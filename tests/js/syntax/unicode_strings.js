// Unicode in strings: code units vs code points, surrogate pairs, normalization.
const s = 'héllo wörld';
console.log(s, s.length, s.toUpperCase());
const emoji = '😀';
console.log(emoji.length, emoji.charCodeAt(0), emoji.charCodeAt(1), emoji.codePointAt(0));
console.log([...'a😀b'].length, 'a😀b'.length, Array.from('a😀b'));
console.log('😀'.split(''), '😀' === '\uD83D\uDE00');
console.log(String.fromCodePoint(0x1F600) === emoji, String.fromCharCode(0xD83D, 0xDE00) === emoji);
console.log('日本語'.length, '日本語'[1], '日本語'.at(-1));
const composed = '\u00e9';
const decomposed = 'e\u0301';
console.log(composed === decomposed, composed.length, decomposed.length);
console.log('straße'.toUpperCase(), 'ÀÉÎÕÜ'.toLowerCase());
for (const ch of 'a😀') console.log('char', ch, ch.length);
const greek = 'Ελληνικά';
console.log(greek.toLowerCase(), greek.toUpperCase());
console.log(['b', 'a', 'é', 'z'].sort());
const ident = { café: 1, π: 3.14, ünïcödé: true };
console.log(ident.café, ident.π, Object.keys(ident));
