// Bytes as lowercase hexadecimal text and back (digest('hex'), test vectors).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/codec/bytes.h"

namespace looplab::codec {

std::string to_hex(ByteView bytes);
// nullopt unless `text` is an even number of hex digits (either case).
std::optional<Bytes> from_hex(std::string_view text);

}  // namespace looplab::codec
