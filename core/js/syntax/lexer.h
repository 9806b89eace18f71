// The lexer: turns a script's UTF-8 text into tokens, one at a time, on the parser's demand.
//
// It never fails: a malformed token comes back as TokenType::kInvalid carrying V8's message, and the
// parser reports it only when it reaches it (so `/'/` is reported as an unsupported regular
// expression, not as an unterminated string). Two pieces of context live here rather than in the
// parser:
// - template literals: a stack of open braces remembers which `}` closes a `${` substitution, so
//   the lexer continues the template there (`a${ {b: 1}.b }c`);
// - line terminators: every token says whether one came before it, for automatic semicolon
//   insertion and the restricted productions (`return\nx`).
// A `/` is always lexed as division: the parser sees it where an expression must start and
// rejects the regular expression literal there, so the lexer needs no regex/division guess.
// Columns are 1-based and counted in UTF-16 code units, as V8 reports them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/js/syntax/token.h"

namespace looplab::js {

class Lexer {
 public:
  explicit Lexer(std::string_view source);

  // Lexes the next token into `out` (reusing its string buffers).
  void next(Token& out);

  std::string_view source() const { return m_source; }

  // The 1-based UTF-16 column of byte `offset`, which must lie on the line starting at
  // `line_start`.
  std::uint32_t column_of(std::uint32_t line_start, std::uint32_t offset) const;

 private:
  std::uint32_t peek_char(std::uint32_t ahead = 0) const;
  std::uint32_t decode_at(std::uint32_t pos, std::uint32_t* length) const;
  bool at_line_terminator(std::uint32_t pos, std::uint32_t* length) const;
  void new_line(std::uint32_t after);
  void skip_trivia(Token& out);
  void lex_identifier(Token& out);
  void lex_number(Token& out);
  void lex_string(Token& out, char quote);
  void lex_template(Token& out, bool continuation);
  void lex_punctuator(Token& out);
  void set_error(Token& out, std::string_view message, std::uint32_t start, std::uint32_t end);
  // Reads an escape after the backslash at m_pos; appends the cooked value. Returns an error
  // message or empty. `octal` receives 1 for \0N..\7 octal escapes, 2 for \8 \9.
  std::string_view read_escape(std::u16string& cooked, bool in_template, int* octal,
                               std::uint32_t* error_pos);
  void finish(Token& out);

  std::string_view m_source;
  std::uint32_t m_pos = 0;
  std::uint32_t m_line = 1;
  std::uint32_t m_line_start = 0;
  std::uint32_t m_column_adjust = 0;  // bytes minus UTF-16 units consumed since m_line_start
  std::vector<bool> m_braces;         // true: the brace opened a template substitution
  std::uint32_t m_error_end = 0;      // read_escape: where the bad escape's caret ends
};

// Character classes shared with the parser.
bool is_id_start(std::uint32_t cp);
bool is_id_part(std::uint32_t cp);
void append_utf8(std::string& out, std::uint32_t cp);
void append_utf16(std::u16string& out, std::uint32_t cp);

}  // namespace looplab::js
