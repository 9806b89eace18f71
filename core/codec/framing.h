// The two containers around a DEFLATE stream: zlib (RFC 1950: a 2-byte header, Adler-32 trailer)
// and gzip (RFC 1952: a 10-byte header with optional fields, CRC-32 and length trailer). These are
// what zlib.deflate/inflate, gzip/gunzip and unzip produce and accept.
#pragma once

#include "core/codec/inflate.h"

namespace looplab::codec {

// level as deflate_raw's (-1 = default 6). The headers carry what zlib writes for that level
// (zlib's FLEVEL, gzip's XFL; gzip's MTIME 0 and OS 3 as node's), so short outputs often match
// node's byte for byte, although longer ones do not.
Bytes zlib_compress(ByteView input, int level = -1);
Bytes gzip_compress(ByteView input, int level = -1);

// Decoding checks every header field and checksum. zlib data after the stream is ignored; gzip
// input may hold several members, decoded one after the other (trailing zero bytes are ignored),
// as node's gunzip does.
Decoded zlib_decompress(ByteView input, std::size_t max_output = kDefaultMaxOutput);
Decoded gzip_decompress(ByteView input, std::size_t max_output = kDefaultMaxOutput);
// zlib.unzip: gzip if the input starts with gzip's magic bytes, zlib otherwise.
Decoded auto_decompress(ByteView input, std::size_t max_output = kDefaultMaxOutput);

}  // namespace looplab::codec
