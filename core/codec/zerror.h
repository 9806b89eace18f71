// How a decoder fails: zlib's status (node exposes it as err.code and err.errno) and zlib's
// message for the case, which node uses as err.message ("incorrect header check").
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/codec/bytes.h"

namespace looplab::codec {

enum class ZStatus : std::int8_t {
  kNeedDict = 2,    // Z_NEED_DICT: a zlib stream that asks for a preset dictionary
  kDataError = -3,  // Z_DATA_ERROR: the input is not a valid stream
  kBufError = -5,   // Z_BUF_ERROR: the input ended before the stream did
};

struct ZFailure {
  ZStatus status = ZStatus::kDataError;
  std::string message;
};

// A decoder's result: the bytes decoded, how much input the stream used, or why it failed.
struct Decoded {
  Bytes data;
  std::size_t consumed = 0;
  std::optional<ZFailure> error;
};

// zlib's constant names for the statuses above ("Z_DATA_ERROR").
const char* zstatus_code(ZStatus status);

}  // namespace looplab::codec
