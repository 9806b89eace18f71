// Base64 (RFC 4648, section 4) and its URL-safe alphabet (section 5), as node's Buffer writes and
// reads them: encoding pads with '=' (base64url does not); decoding is lenient like node's —
// characters outside the alphabet are skipped, either alphabet is accepted, and it stops at the
// first '='.
#pragma once

#include <string>
#include <string_view>

#include "core/codec/bytes.h"

namespace looplab::codec {

std::string to_base64(ByteView bytes, bool url = false);
Bytes from_base64(std::string_view text);

}  // namespace looplab::codec
