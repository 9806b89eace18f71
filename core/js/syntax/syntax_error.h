// A syntax error as the learner sees it: V8's exact message, where it is, and a plain-words hint.
//
// `format()` renders the excerpt exactly as node prints an uncaught SyntaxError for a script:
//     /path/file.js:3
//     let x = ;
//             ^
//     <blank line>
//     SyntaxError: Unexpected token ';'
// The caret sits under the offending token and is as wide as the token (V8 marks the whole
// token); tabs before it are kept so the caret lines up in a terminal.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::js {

struct SyntaxErrorInfo {
  std::string message;       // V8's text, e.g. "Unexpected token ';'"
  std::string hint;          // optional: what was expected, in plain words ("" when none)
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, UTF-16 code units
  std::uint32_t length = 1;  // caret width in UTF-16 units (0 at end of input)
  std::uint32_t offset = 0;  // byte offset of the offending character
  std::string source_line;   // the whole line holding the error, without its terminator

  // "file:line\n<source line>\n<caret>\n\nSyntaxError: message" (no trailing newline, no hint).
  std::string format(std::string_view filename) const;
};

}  // namespace looplab::js
