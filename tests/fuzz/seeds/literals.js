const tag = (s, ...v) => s.raw.join('|') + v;
console.log(tag`a${1}b${`c${2}`}d`, 0x1f, 0o17, 0b101, 1_000, .5e-3, 'é\u{1F600}\x41\n', "😀");
x ||= 1; y &&= 2; z ??= 3; a.b?.c?.[d]?.(e);
const big = [1, , 3, ...rest], obj = { 'quoted': 1, 2: 3, 1.5: 4 };
