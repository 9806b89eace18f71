// zlib's names for its status codes, as node puts them in err.code.
#include "core/codec/zerror.h"

namespace looplab::codec {

const char* zstatus_code(ZStatus status) {
  switch (status) {
    case ZStatus::kNeedDict:
      return "Z_NEED_DICT";
    case ZStatus::kDataError:
      return "Z_DATA_ERROR";
    case ZStatus::kBufError:
      return "Z_BUF_ERROR";
  }
  return "Z_DATA_ERROR";
}

}  // namespace looplab::codec
