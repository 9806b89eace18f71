// TextEncoder / TextDecoder (utf-8, streaming, fatal, BOM) and the atob / btoa globals.
const te = new TextEncoder();
console.log(te, te.encoding, te.encode('hé€😀'), te.encode(), te.encode('\ud800x'));
console.log(te.encodeInto('héllo', new Uint8Array(3)), te.encodeInto('ab', new Uint8Array(5)));
const td = new TextDecoder();
console.log(td, td.encoding, td.fatal, td.ignoreBOM);
console.log(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 104, 0xc3, 0xa9, 0xff, 0xe2, 0x82])), td.decode());
console.log(td.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + '|' + td.decode(new Uint8Array([0xac])));
console.log(td.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }) + '|' + td.decode(new Uint8Array([0x98, 0x80]).buffer));
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 65])).length);
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('foo'); } catch (e) { console.log(e.name, e.code, e.message); }
try { td.decode('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])), new TextDecoder(' UTF8 ').encoding);
console.log(td.decode(te.encode('round trip ✓ 😀')));
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), btoa(''), atob(''), btoa('\xff\xfe'));
for (const bad of ['a', 'a===', 'ab=c', '*']) {
  try { atob(bad); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException, e instanceof Error); }
}
try { btoa('€'); } catch (e) { console.log(e.name, e.code, e.message, Object.prototype.toString.call(e)); }
console.log(atob('YQ'), atob('YR=='), btoa(123));
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof TextEncoder, TextEncoder.name, TextDecoder.length, Object.getOwnPropertyNames(TextEncoder.prototype));
