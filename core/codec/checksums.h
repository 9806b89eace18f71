// The two checksums of the compression formats: CRC-32 (gzip's trailer, RFC 1952 section 8) and
// Adler-32 (zlib's trailer, RFC 1950 section 9). Both can be continued: pass the previous value.
#pragma once

#include <cstdint>

#include "core/codec/bytes.h"

namespace looplab::codec {

std::uint32_t crc32(ByteView data, std::uint32_t previous = 0);
std::uint32_t adler32(ByteView data, std::uint32_t previous = 1);

}  // namespace looplab::codec
