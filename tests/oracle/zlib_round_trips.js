// Every compressor's output goes back through its decompressor, sync and async; unzip detects
// the format. Compressed bytes are not printed (zlib's exact bytes are not modelled), only what
// decompression gives back.
const zlib = require('zlib');

const text = 'event loop, '.repeat(200) + 'the end';
const pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['deflate', 'unzip']];
for (const [pack, unpack] of pairs) {
  const packed = zlib[pack + 'Sync'](text);
  const back = zlib[unpack + 'Sync'](packed).toString();
  console.log(pack, '->', unpack, back === text, 'smaller', packed.length < text.length / 4);
}
console.log('level 0 keeps the size', zlib.deflateRawSync(text, { level: 0 }).length >= text.length);
console.log('crc32', zlib.crc32('hello world'), zlib.crc32('world', zlib.crc32('hello ')));
console.log('empty', JSON.stringify(zlib.gunzipSync(zlib.gzipSync('')).toString()));
zlib.gzip(text, (err, packed) => {
  console.log('gzip callback', err);
  zlib.gunzip(packed, (err2, back) => {
    console.log('gunzip callback', err2, back.toString() === text);
  });
});
console.log('main script done');
