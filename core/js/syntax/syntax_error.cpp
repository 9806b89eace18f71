// Rendering of syntax errors the way node prints them (see syntax_error.h).
#include "core/js/syntax/syntax_error.h"

namespace looplab::js {

std::string SyntaxErrorInfo::format(std::string_view filename) const {
  std::string out;
  out.append(filename);
  out.push_back(':');
  out.append(std::to_string(line));
  out.push_back('\n');
  out.append(source_line);
  out.push_back('\n');
  // Pad to the column: one space per UTF-16 unit before the caret, keeping tabs as tabs.
  std::uint32_t unit = 1;
  std::size_t i = 0;
  while (unit < column && i < source_line.size()) {
    auto c = static_cast<unsigned char>(source_line[i]);
    std::size_t len = c < 0x80             ? 1
                      : (c & 0xE0) == 0xC0 ? 2
                      : (c & 0xF0) == 0xE0 ? 3
                      : (c & 0xF8) == 0xF0 ? 4
                                           : 1;
    out.push_back(c == '\t' ? '\t' : ' ');
    if (len == 4) {
      out.push_back(' ');
      unit++;
    }
    unit++;
    i += len;
  }
  while (unit < column) {
    out.push_back(' ');
    unit++;
  }
  out.append(length, '^');
  out.append("\n\nSyntaxError: ");
  out.append(message);
  return out;
}

}  // namespace looplab::js
