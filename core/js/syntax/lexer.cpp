// The lexer (see lexer.h for what it decides and what it leaves to the parser).
#include "core/js/syntax/lexer.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

namespace looplab::js {

namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;
constexpr std::string_view kInvalidToken = "Invalid or unexpected token";

bool is_ascii_digit(std::uint32_t c) {
  return c >= '0' && c <= '9';
}
bool is_hex_digit(std::uint32_t c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(std::uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  return static_cast<int>(c - 'A' + 10);
}

bool is_whitespace(std::uint32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case 0x0B:
    case 0x0C:
    case 0xA0:
    case 0xFEFF:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

struct Keyword {
  std::string_view text;
  TokenType type;
};

// Reserved words: always keywords. Contextual words (let, static, async, await, yield, of, get,
// set...) stay identifiers; the parser recognises them where they matter.
constexpr Keyword kKeywords[] = {
    {"break", TokenType::kBreak},
    {"case", TokenType::kCase},
    {"catch", TokenType::kCatch},
    {"class", TokenType::kClass},
    {"const", TokenType::kConst},
    {"continue", TokenType::kContinue},
    {"debugger", TokenType::kDebugger},
    {"default", TokenType::kDefault},
    {"delete", TokenType::kDelete},
    {"do", TokenType::kDo},
    {"else", TokenType::kElse},
    {"enum", TokenType::kEnum},
    {"export", TokenType::kExport},
    {"extends", TokenType::kExtends},
    {"false", TokenType::kFalse},
    {"finally", TokenType::kFinally},
    {"for", TokenType::kFor},
    {"function", TokenType::kFunction},
    {"if", TokenType::kIf},
    {"import", TokenType::kImport},
    {"in", TokenType::kIn},
    {"instanceof", TokenType::kInstanceof},
    {"new", TokenType::kNew},
    {"null", TokenType::kNull},
    {"return", TokenType::kReturn},
    {"super", TokenType::kSuper},
    {"switch", TokenType::kSwitch},
    {"this", TokenType::kThis},
    {"throw", TokenType::kThrow},
    {"true", TokenType::kTrue},
    {"try", TokenType::kTry},
    {"typeof", TokenType::kTypeof},
    {"var", TokenType::kVar},
    {"void", TokenType::kVoid},
    {"while", TokenType::kWhile},
    {"with", TokenType::kWith},
};

// Keywords start with b..w and are 2..10 letters long; only those sharing the first letter and
// the length are compared (a lexer hot path).
TokenType keyword_type(std::string_view text) {
  if (text.size() < 2 || text.size() > 10 || text[0] < 'b' || text[0] > 'w') return TokenType::kIdentifier;
  // Candidates by length (kKeywords is long; a switch keeps identifiers cheap to classify).
  auto is = [&](const char* word, TokenType type, TokenType* out) {
    if (text[0] == word[0] && std::memcmp(text.data(), word, text.size()) == 0) {
      *out = type;
      return true;
    }
    return false;
  };
  using T = TokenType;
  T t = T::kIdentifier;
  switch (text.size()) {
    case 2:
      is("do", T::kDo, &t) || is("if", T::kIf, &t) || is("in", T::kIn, &t);
      break;
    case 3:
      is("for", T::kFor, &t) || is("new", T::kNew, &t) || is("try", T::kTry, &t) || is("var", T::kVar, &t);
      break;
    case 4:
      is("case", T::kCase, &t) || is("else", T::kElse, &t) || is("enum", T::kEnum, &t) ||
          is("null", T::kNull, &t) || is("this", T::kThis, &t) || is("true", T::kTrue, &t) ||
          is("void", T::kVoid, &t) || is("with", T::kWith, &t);
      break;
    case 5:
      is("break", T::kBreak, &t) || is("catch", T::kCatch, &t) || is("class", T::kClass, &t) ||
          is("const", T::kConst, &t) || is("false", T::kFalse, &t) || is("super", T::kSuper, &t) ||
          is("throw", T::kThrow, &t) || is("while", T::kWhile, &t);
      break;
    case 6:
      is("delete", T::kDelete, &t) || is("export", T::kExport, &t) || is("import", T::kImport, &t) ||
          is("return", T::kReturn, &t) || is("switch", T::kSwitch, &t) || is("typeof", T::kTypeof, &t);
      break;
    case 7:
      is("default", T::kDefault, &t) || is("extends", T::kExtends, &t) || is("finally", T::kFinally, &t);
      break;
    case 8:
      is("continue", T::kContinue, &t) || is("debugger", T::kDebugger, &t) ||
          is("function", T::kFunction, &t);
      break;
    case 10:
      is("instanceof", T::kInstanceof, &t);
      break;
    default:
      break;
  }
  return t;
}

// ASCII identifier characters: 1 = may start an identifier, 2 = may continue one.
constexpr std::array<std::uint8_t, 128> make_ascii_id_table() {
  std::array<std::uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) {
    bool start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    bool part = start || (c >= '0' && c <= '9');
    table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>((start ? 1 : 0) | (part ? 2 : 0));
  }
  return table;
}
constexpr std::array<std::uint8_t, 128> kAsciiId = make_ascii_id_table();

}  // namespace

// Identifier characters: ASCII exactly; beyond ASCII an approximation of Unicode ID_Start /
// ID_Continue that accepts letters of every script and rejects the symbol, punctuation, arrow,
// box-drawing, dingbat and emoji blocks (so `x = ☃` is an invalid token as in V8).
bool is_id_start(std::uint32_t cp) {
  if (cp < 0x80) return (kAsciiId[cp] & 1) != 0;
  if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (is_whitespace(cp) || cp == 0x2028 || cp == 0x2029) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) {
    // General punctuation .. misc symbols and arrows; letterlike symbols (2100-214F) and
    // number forms (2150-218F) hold letters.
    return cp >= 0x2100 && cp <= 0x218F;
  }
  if (cp >= 0x3000 && cp <= 0x303F) return cp >= 0x3005 && cp <= 0x3007;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;  // variation selectors
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;  // fullwidth punctuation and digits
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FFFF) return false;  // emoji and pictographs
  if (cp > 0x10FFFF) return false;
  return true;
}

bool is_id_part(std::uint32_t cp) {
  if (cp < 0x80) return (kAsciiId[cp] & 2) != 0;
  if (cp == 0x200C || cp == 0x200D) return true;  // ZWNJ, ZWJ
  if (cp >= 0x0300 && cp <= 0x036F) return true;  // combining marks
  if (cp >= 0xFF10 && cp <= 0xFF19) return true;  // fullwidth digits
  return is_id_start(cp);
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void append_utf16(std::u16string& out, std::uint32_t cp) {
  if (cp < 0x10000) {
    out.push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

const char* token_type_name(TokenType type) {
  for (const Keyword& k : kKeywords) {
    if (k.type == type) return k.text.data();
  }
  switch (type) {
    case TokenType::kEof:
      return "end of input";
    case TokenType::kInvalid:
      return "invalid token";
    case TokenType::kIdentifier:
      return "identifier";
    case TokenType::kPrivateName:
      return "private name";
    case TokenType::kNumber:
      return "number";
    case TokenType::kString:
      return "string";
    case TokenType::kTemplate:
      return "template";
    case TokenType::kLBrace:
      return "{";
    case TokenType::kRBrace:
      return "}";
    case TokenType::kLParen:
      return "(";
    case TokenType::kRParen:
      return ")";
    case TokenType::kLBracket:
      return "[";
    case TokenType::kRBracket:
      return "]";
    case TokenType::kDot:
      return ".";
    case TokenType::kEllipsis:
      return "...";
    case TokenType::kSemicolon:
      return ";";
    case TokenType::kComma:
      return ",";
    case TokenType::kLt:
      return "<";
    case TokenType::kGt:
      return ">";
    case TokenType::kLe:
      return "<=";
    case TokenType::kGe:
      return ">=";
    case TokenType::kEq:
      return "==";
    case TokenType::kNe:
      return "!=";
    case TokenType::kStrictEq:
      return "===";
    case TokenType::kStrictNe:
      return "!==";
    case TokenType::kPlus:
      return "+";
    case TokenType::kMinus:
      return "-";
    case TokenType::kStar:
      return "*";
    case TokenType::kSlash:
      return "/";
    case TokenType::kPercent:
      return "%";
    case TokenType::kStarStar:
      return "**";
    case TokenType::kPlusPlus:
      return "++";
    case TokenType::kMinusMinus:
      return "--";
    case TokenType::kShl:
      return "<<";
    case TokenType::kSar:
      return ">>";
    case TokenType::kShr:
      return ">>>";
    case TokenType::kAmp:
      return "&";
    case TokenType::kPipe:
      return "|";
    case TokenType::kCaret:
      return "^";
    case TokenType::kBang:
      return "!";
    case TokenType::kTilde:
      return "~";
    case TokenType::kAmpAmp:
      return "&&";
    case TokenType::kPipePipe:
      return "||";
    case TokenType::kQuestionQuestion:
      return "??";
    case TokenType::kQuestion:
      return "?";
    case TokenType::kQuestionDot:
      return "?.";
    case TokenType::kColon:
      return ":";
    case TokenType::kAssign:
      return "=";
    case TokenType::kPlusAssign:
      return "+=";
    case TokenType::kMinusAssign:
      return "-=";
    case TokenType::kStarAssign:
      return "*=";
    case TokenType::kSlashAssign:
      return "/=";
    case TokenType::kPercentAssign:
      return "%=";
    case TokenType::kStarStarAssign:
      return "**=";
    case TokenType::kShlAssign:
      return "<<=";
    case TokenType::kSarAssign:
      return ">>=";
    case TokenType::kShrAssign:
      return ">>>=";
    case TokenType::kAmpAssign:
      return "&=";
    case TokenType::kPipeAssign:
      return "|=";
    case TokenType::kCaretAssign:
      return "^=";
    case TokenType::kAmpAmpAssign:
      return "&&=";
    case TokenType::kPipePipeAssign:
      return "||=";
    case TokenType::kQuestionQuestionAssign:
      return "?\?=";
    case TokenType::kArrow:
      return "=>";
    case TokenType::kHash:
      return "#";
    default:
      return "token";
  }
}

Lexer::Lexer(std::string_view source) : m_source(source) {
  // A hashbang comment is allowed on the very first line.
  if (m_source.size() >= 2 && m_source[0] == '#' && m_source[1] == '!') {
    m_pos = 2;
    std::uint32_t len = 0;
    while (m_pos < m_source.size() && !at_line_terminator(m_pos, &len)) {
      decode_at(m_pos, &len);
      m_pos += len;
    }
  }
}

std::uint32_t Lexer::column_of(std::uint32_t line_start, std::uint32_t offset) const {
  std::uint32_t column = 1;
  std::uint32_t pos = line_start;
  while (pos < offset && pos < m_source.size()) {
    std::uint32_t len = 1;
    std::uint32_t cp = decode_at(pos, &len);
    column += cp >= 0x10000 ? 2 : 1;
    pos += len;
  }
  return column;
}

// Decodes the UTF-8 code point at `pos`; malformed bytes decode as U+FFFD, one byte long.
std::uint32_t Lexer::decode_at(std::uint32_t pos, std::uint32_t* length) const {
  if (pos >= m_source.size()) {
    *length = 0;
    return 0;
  }
  auto b0 = static_cast<unsigned char>(m_source[pos]);
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  std::uint32_t need = 0;
  std::uint32_t cp = 0;
  std::uint32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    *length = 1;
    return kReplacement;
  }
  if (pos + need >= m_source.size()) {
    *length = 1;
    return kReplacement;
  }
  for (std::uint32_t i = 1; i <= need; ++i) {
    auto b = static_cast<unsigned char>(m_source[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *length = 1;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *length = 1;
    return kReplacement;
  }
  *length = need + 1;
  return cp;
}

std::uint32_t Lexer::peek_char(std::uint32_t ahead) const {
  std::uint32_t p = m_pos + ahead;
  return p < m_source.size() ? static_cast<unsigned char>(m_source[p]) : 0xFFFFFFFFu;
}

bool Lexer::at_line_terminator(std::uint32_t pos, std::uint32_t* length) const {
  if (pos >= m_source.size()) return false;
  char c = m_source[pos];
  if (c == '\n') {
    *length = 1;
    return true;
  }
  if (c == '\r') {
    *length = (pos + 1 < m_source.size() && m_source[pos + 1] == '\n') ? 2 : 1;
    return true;
  }
  if (static_cast<unsigned char>(c) == 0xE2 && pos + 2 < m_source.size() &&
      static_cast<unsigned char>(m_source[pos + 1]) == 0x80 &&
      (static_cast<unsigned char>(m_source[pos + 2]) == 0xA8 ||
       static_cast<unsigned char>(m_source[pos + 2]) == 0xA9)) {
    *length = 3;  // U+2028, U+2029
    return true;
  }
  return false;
}

void Lexer::new_line(std::uint32_t after) {
  m_line++;
  m_line_start = after;
  m_column_adjust = 0;
}

void Lexer::set_error(Token& out, std::string_view message, std::uint32_t start, std::uint32_t end) {
  if (out.type == TokenType::kInvalid) return;  // keep the first problem found in the token
  out.type = TokenType::kInvalid;
  out.error = message;
  out.error_start = start;
  out.error_end = end < start ? start : end;
}

void Lexer::skip_trivia(Token& out) {
  while (m_pos < m_source.size()) {
    auto c = static_cast<unsigned char>(m_source[m_pos]);
    std::uint32_t len = 0;
    if (c == ' ' || c == '\t') {
      m_pos++;
      continue;
    }
    if (c == '\n') {
      m_pos++;
      new_line(m_pos);
      out.newline_before = true;
      continue;
    }
    if (c > ' ' && c < 0x80 && c != '/') break;  // the start of a token (the common case)
    if (at_line_terminator(m_pos, &len)) {
      m_pos += len;
      if (len == 3) m_column_adjust = 0;
      new_line(m_pos);
      out.newline_before = true;
      continue;
    }
    if (c == '/' && m_pos + 1 < m_source.size() && m_source[m_pos + 1] == '/') {
      m_pos += 2;
      while (m_pos < m_source.size()) {
        auto d = static_cast<unsigned char>(m_source[m_pos]);
        if (d == '\n' || d == '\r') break;
        if (d < 0x80) {
          m_pos++;
          continue;
        }
        if (at_line_terminator(m_pos, &len)) break;
        std::uint32_t cp = decode_at(m_pos, &len);
        m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
        m_pos += len;
      }
      continue;
    }
    if (c == '/' && m_pos + 1 < m_source.size() && m_source[m_pos + 1] == '*') {
      std::uint32_t start = m_pos;
      m_pos += 2;
      bool closed = false;
      while (m_pos < m_source.size()) {
        auto d = static_cast<unsigned char>(m_source[m_pos]);
        if (d == '*' && m_pos + 1 < m_source.size() && m_source[m_pos + 1] == '/') {
          m_pos += 2;
          closed = true;
          break;
        }
        if (d < 0x80 && d != '\n' && d != '\r') {
          m_pos++;
          continue;
        }
        if (at_line_terminator(m_pos, &len)) {
          m_pos += len;
          new_line(m_pos);
          out.newline_before = true;
          continue;
        }
        std::uint32_t cp = decode_at(m_pos, &len);
        m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
        m_pos += len;
      }
      if (!closed) {
        // V8 points at the unterminated comment.
        out.start = start;
        out.line = m_line;
        set_error(out, kInvalidToken, start, static_cast<std::uint32_t>(m_source.size()));
        return;
      }
      continue;
    }
    if (c >= 0x80) {
      std::uint32_t cp = decode_at(m_pos, &len);
      if (is_whitespace(cp)) {
        m_column_adjust += len - 1;
        m_pos += len;
        continue;
      }
    } else if (c == 0x0B || c == 0x0C) {
      m_pos++;
      continue;
    }
    break;
  }
}

void Lexer::next(Token& out) {
  out.type = TokenType::kEof;
  out.newline_before = false;
  out.escaped = false;
  out.legacy_octal = false;
  out.has_separator = false;
  out.template_invalid_escape = false;
  out.template_part = TemplatePart::kNoSubstitution;
  out.number = 0;
  out.error = {};
  out.owned.clear();
  out.cooked.clear();
  out.raw.clear();

  skip_trivia(out);
  if (out.type == TokenType::kInvalid) {
    out.end = static_cast<std::uint32_t>(m_source.size());
    out.column = column_of(m_line_start, out.start);
    out.text = m_source.substr(out.start, out.end - out.start);
    out.utf16_length = 1;
    return;
  }
  out.start = m_pos;
  out.line = m_line;
  out.column = m_pos - m_line_start - m_column_adjust + 1;
  if (m_pos >= m_source.size()) {
    out.type = TokenType::kEof;
    out.end = m_pos;
    out.text = {};
    out.utf16_length = 0;
    return;
  }
  auto c = static_cast<unsigned char>(m_source[m_pos]);
  if (c < 0x80 && (kAsciiId[c] & 1) != 0) {
    lex_identifier(out);
  } else if (c == '\\' || c >= 0x80) {
    std::uint32_t len = 0;
    std::uint32_t cp = decode_at(m_pos, &len);
    if (c == '\\' || is_id_start(cp)) {
      lex_identifier(out);
    } else {
      m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
      m_pos += len;
      set_error(out, kInvalidToken, out.start, m_pos);
    }
  } else if (is_ascii_digit(c) || (c == '.' && m_pos + 1 < m_source.size() &&
                                   is_ascii_digit(static_cast<unsigned char>(m_source[m_pos + 1])))) {
    lex_number(out);
  } else if (c == '"' || c == '\'') {
    lex_string(out, static_cast<char>(c));
  } else if (c == '`') {
    m_pos++;
    lex_template(out, false);
  } else if (c == '}' && !m_braces.empty() && m_braces.back()) {
    m_braces.pop_back();
    m_pos++;
    lex_template(out, true);
  } else if (c == '#' && m_pos + 1 < m_source.size()) {
    // A private name `#x`.
    std::uint32_t len = 0;
    std::uint32_t cp = decode_at(m_pos + 1, &len);
    if (m_source[m_pos + 1] == '\\' || is_id_start(cp)) {
      m_pos++;
      lex_identifier(out);
      if (out.type == TokenType::kIdentifier || out.type >= TokenType::kBreak) {
        if (out.type != TokenType::kInvalid) out.type = TokenType::kPrivateName;
      }
      out.text = out.escaped ? std::string_view() : m_source.substr(out.start + 1, m_pos - out.start - 1);
    } else {
      lex_punctuator(out);
    }
  } else {
    lex_punctuator(out);
  }
  finish(out);
}

void Lexer::finish(Token& out) {
  out.end = m_pos;
  if (out.type != TokenType::kPrivateName) out.text = m_source.substr(out.start, out.end - out.start);
  // The caret's width: up to the end of the token or of its first line.
  if (out.line == m_line) {
    out.utf16_length = (m_pos - m_line_start - m_column_adjust + 1) - out.column;
  } else {
    std::uint32_t pos = out.start;
    std::uint32_t len = 0;
    std::uint32_t units = 0;
    while (pos < m_source.size() && !at_line_terminator(pos, &len)) {
      std::uint32_t cp = decode_at(pos, &len);
      units += cp >= 0x10000 ? 2 : 1;
      pos += len;
    }
    out.utf16_length = units;
  }
}

void Lexer::lex_identifier(Token& out) {
  std::uint32_t begin = m_pos;
  bool escaped = false;
  bool first = true;
  std::string& name = out.owned;
  // The common case first: a plain ASCII identifier.
  if (m_pos < m_source.size() && static_cast<unsigned char>(m_source[m_pos]) < 0x80 &&
      (kAsciiId[static_cast<unsigned char>(m_source[m_pos])] & 1) != 0) {
    m_pos++;
    first = false;
    while (m_pos < m_source.size()) {
      auto c = static_cast<unsigned char>(m_source[m_pos]);
      if (c >= 0x80 || (kAsciiId[c] & 2) == 0) break;
      m_pos++;
    }
  }
  while (m_pos < m_source.size()) {
    auto c = static_cast<unsigned char>(m_source[m_pos]);
    if (c < 0x80 && c != '\\') {
      if (!(first ? is_id_start(c) : is_id_part(c))) break;
      if (escaped) name.push_back(static_cast<char>(c));
      m_pos++;
      first = false;
      continue;
    }
    if (c == '\\') {
      std::uint32_t esc_start = m_pos;
      if (!escaped) {
        escaped = true;
        name.assign(m_source.substr(begin, m_pos - begin));
      }
      // \uXXXX or \u{X...}
      std::uint32_t cp = 0;
      bool ok = false;
      if (peek_char(1) == 'u') {
        if (peek_char(2) == '{') {
          std::uint32_t p = m_pos + 3;
          std::uint32_t digits = 0;
          while (p < m_source.size() && is_hex_digit(static_cast<unsigned char>(m_source[p]))) {
            cp = cp * 16 + hex_value(static_cast<unsigned char>(m_source[p]));
            if (cp > 0x10FFFF) cp = 0x110000;
            p++, digits++;
          }
          if (digits > 0 && p < m_source.size() && m_source[p] == '}' && cp <= 0x10FFFF) {
            ok = true;
            m_pos = p + 1;
          }
        } else {
          ok = true;
          for (int i = 0; i < 4; ++i) {
            std::uint32_t h = peek_char(2 + i);
            if (!is_hex_digit(h)) {
              ok = false;
              break;
            }
            cp = cp * 16 + hex_value(h);
          }
          if (ok) m_pos += 6;
        }
      }
      if (!ok || !(first ? is_id_start(cp) : is_id_part(cp))) {
        // V8 marks the identifier up to the end of the bad escape.
        if (!ok) m_pos = esc_start + 1;
        set_error(out, kInvalidToken, out.start, m_pos);
        return;
      }
      append_utf8(name, cp);
      first = false;
      continue;
    }
    std::uint32_t len = 0;
    std::uint32_t cp = decode_at(m_pos, &len);
    if (!(first ? is_id_start(cp) : is_id_part(cp))) break;
    if (escaped) name.append(m_source.substr(m_pos, len));
    m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
    m_pos += len;
    first = false;
  }
  out.escaped = escaped;
  if (!escaped) {
    out.type = keyword_type(m_source.substr(begin, m_pos - begin));
  } else {
    out.type = TokenType::kIdentifier;  // escaped keywords are caught by the parser
  }
}

void Lexer::lex_number(Token& out) {
  std::uint32_t start = m_pos;
  auto ch = [&](std::uint32_t p) -> std::uint32_t {
    return p < m_source.size() ? static_cast<unsigned char>(m_source[p]) : 0u;
  };
  // Digits with optional `_` separators. Returns false (and reports) on a misplaced separator.
  auto digits = [&](auto is_digit, std::string* collect) -> bool {
    bool last_sep = false;
    bool any = false;
    while (m_pos < m_source.size()) {
      std::uint32_t c = ch(m_pos);
      if (c == '_') {
        if (!any) {
          set_error(out, kInvalidToken, start, m_pos + 1);
          return false;
        }
        if (last_sep) {
          set_error(out, "Only one underscore is allowed as numeric separator", m_pos, m_pos + 1);
          return false;
        }
        last_sep = true;
        out.has_separator = true;
        m_pos++;
        continue;
      }
      if (!is_digit(c)) break;
      if (collect) collect->push_back(static_cast<char>(c));
      last_sep = false;
      any = true;
      m_pos++;
    }
    if (last_sep) {
      // V8 puts the caret on the character after the separator.
      set_error(out, "Numeric separators are not allowed at the end of numeric literals", m_pos, m_pos + 1);
      return false;
    }
    return true;
  };

  std::uint32_t c0 = ch(m_pos);
  std::uint32_t c1 = ch(m_pos + 1);
  if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
    int base = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
    m_pos += 2;
    std::string text;
    auto is_digit = [base](std::uint32_t c) {
      if (base == 16) return is_hex_digit(c);
      if (base == 8) return c >= '0' && c <= '7';
      return c == '0' || c == '1';
    };
    if (!is_digit(ch(m_pos))) {
      set_error(out, kInvalidToken, start, m_pos);
      return;
    }
    if (!digits(is_digit, &text)) return;
    double value = 0;
    for (char d : text) value = value * base + hex_value(static_cast<unsigned char>(d));
    out.number = value;
  } else if (c0 == '0' && is_ascii_digit(c1)) {
    // Legacy octal (017) or a decimal with a leading zero (08, 019.5).
    out.legacy_octal = true;
    m_pos++;
    bool octal = true;
    std::uint32_t p = m_pos;
    while (is_ascii_digit(ch(p))) {
      if (ch(p) >= '8') octal = false;
      p++;
    }
    if (ch(p) == '_') {
      set_error(out, kInvalidToken, p, p + 1);
      m_pos = p + 1;
      return;
    }
    if (octal) {
      double value = 0;
      for (; m_pos < p; ++m_pos) value = value * 8 + (ch(m_pos) - '0');
      out.number = value;
    } else {
      // A decimal with a leading zero: may have a fraction and exponent.
      std::string text(m_source.substr(start, p - start));
      m_pos = p;
      if (ch(m_pos) == '.') {
        text.push_back('.');
        m_pos++;
        while (is_ascii_digit(ch(m_pos))) text.push_back(static_cast<char>(ch(m_pos++)));
      }
      if (ch(m_pos) == 'e' || ch(m_pos) == 'E') {
        std::uint32_t e = m_pos + 1;
        if (ch(e) == '+' || ch(e) == '-') e++;
        if (!is_ascii_digit(ch(e))) {
          m_pos = e;
          set_error(out, kInvalidToken, start, m_pos);
          return;
        }
        text.append(m_source.substr(m_pos, e - m_pos));
        m_pos = e;
        while (is_ascii_digit(ch(m_pos))) text.push_back(static_cast<char>(ch(m_pos++)));
      }
      out.number = std::strtod(text.c_str(), nullptr);
    }
  } else {
    // Decimal: digits [. digits] [e [+-] digits], or .digits...
    std::string text;
    if (c0 == '0' && c1 == '_') {
      set_error(out, "Numeric separator can not be used after leading 0.", m_pos + 1, m_pos + 2);
      m_pos += 2;
      return;
    }
    if (c0 != '.') {
      // Fast path: a plain integer of up to 15 digits is exact in a double.
      std::uint32_t p = m_pos;
      std::uint64_t value = 0;
      while (p < m_source.size() && is_ascii_digit(ch(p)) && p - m_pos < 15)
        value = value * 10 + (ch(p++) - '0');
      std::uint32_t after = ch(p);
      if (!is_ascii_digit(after) && after != '_' && after != '.' && after != 'e' && after != 'E' &&
          after != 'n' && !(after < 0x80 && is_id_start(after)) && after != '\\') {
        m_pos = p;
        out.number = static_cast<double>(value);
        out.type = TokenType::kNumber;
        return;
      }
      if (!digits(is_ascii_digit, &text)) return;
    }
    if (ch(m_pos) == '.') {
      text.push_back('.');
      m_pos++;
      if (ch(m_pos) == '_') {
        set_error(out, kInvalidToken, start, m_pos);
        m_pos++;
        return;
      }
      if (!digits(is_ascii_digit, &text)) return;
    }
    if (ch(m_pos) == 'e' || ch(m_pos) == 'E') {
      text.push_back('e');
      m_pos++;
      if (ch(m_pos) == '+' || ch(m_pos) == '-') text.push_back(static_cast<char>(ch(m_pos++)));
      if (!is_ascii_digit(ch(m_pos))) {
        set_error(out, kInvalidToken, start, m_pos);
        return;
      }
      if (!digits(is_ascii_digit, &text)) return;
    }
    out.number = std::strtod(text.c_str(), nullptr);
  }
  // BigInt suffix, and an identifier or digit glued to the number.
  if (ch(m_pos) == 'n') {
    bool integer = true;
    for (std::uint32_t p = start; p < m_pos; ++p) {
      if (m_source[p] == '.' ||
          ((m_source[p] == 'e' || m_source[p] == 'E') &&
           !(m_pos - start > 2 && (m_source[start + 1] == 'x' || m_source[start + 1] == 'X'))))
        integer = false;
    }
    m_pos++;
    if (integer && !out.legacy_octal) {
      set_error(out, "BigInt is not supported yet", start, m_pos);
    } else {
      set_error(out, kInvalidToken, start, m_pos - 1);
    }
    return;
  }
  std::uint32_t len = 0;
  std::uint32_t cp = decode_at(m_pos, &len);
  if (m_pos < m_source.size() && (is_id_start(cp) || is_ascii_digit(cp) || cp == '\\')) {
    set_error(out, kInvalidToken, start, m_pos);  // V8 marks the number itself
    m_pos += len;
    return;
  }
  out.type = TokenType::kNumber;
}

std::string_view Lexer::read_escape(std::u16string& cooked, bool in_template, int* octal,
                                    std::uint32_t* error_pos) {
  // m_pos is at the backslash.
  std::uint32_t esc = m_pos;
  m_error_end = 0;
  m_pos++;
  std::uint32_t len = 0;
  if (at_line_terminator(m_pos, &len)) {  // line continuation
    m_pos += len;
    new_line(m_pos);
    return {};
  }
  std::uint32_t c = peek_char();
  if (c == 0xFFFFFFFFu) {
    *error_pos = esc;
    return kInvalidToken;
  }
  switch (c) {
    case 'n':
      cooked.push_back(u'\n');
      m_pos++;
      return {};
    case 't':
      cooked.push_back(u'\t');
      m_pos++;
      return {};
    case 'r':
      cooked.push_back(u'\r');
      m_pos++;
      return {};
    case 'b':
      cooked.push_back(u'\b');
      m_pos++;
      return {};
    case 'f':
      cooked.push_back(u'\f');
      m_pos++;
      return {};
    case 'v':
      cooked.push_back(u'\v');
      m_pos++;
      return {};
    case 'x': {
      std::uint32_t h1 = peek_char(1), h2 = peek_char(2);
      if (!is_hex_digit(h1) || !is_hex_digit(h2)) {
        *error_pos = esc;
        m_error_end = m_pos + (is_hex_digit(h1) ? 3 : 2);
        m_pos++;
        return "Invalid hexadecimal escape sequence";
      }
      cooked.push_back(static_cast<char16_t>(hex_value(h1) * 16 + hex_value(h2)));
      m_pos += 3;
      return {};
    }
    case 'u': {
      if (peek_char(1) == '{') {
        std::uint32_t p = m_pos + 2;
        std::uint32_t cp = 0;
        std::uint32_t digits = 0;
        while (p < m_source.size() && is_hex_digit(static_cast<unsigned char>(m_source[p]))) {
          cp = cp * 16 + hex_value(static_cast<unsigned char>(m_source[p]));
          if (cp > 0x10FFFF) cp = 0x110000;
          p++, digits++;
        }
        if (cp > 0x10FFFF) {
          *error_pos = esc;
          m_error_end = p;
          m_pos = p;
          return "Undefined Unicode code-point";
        }
        if (digits == 0 || p >= m_source.size() || m_source[p] != '}') {
          *error_pos = p;
          m_error_end = p + 1;
          m_pos = p;
          return "Invalid Unicode escape sequence";
        }
        append_utf16(cooked, cp);
        m_pos = p + 1;
        return {};
      }
      std::uint32_t cp = 0;
      for (int i = 0; i < 4; ++i) {
        std::uint32_t h = peek_char(1 + i);
        if (!is_hex_digit(h)) {
          *error_pos = esc;
          m_error_end = m_pos + 2 + i + 1;
          m_pos++;
          return "Invalid Unicode escape sequence";
        }
        cp = cp * 16 + hex_value(h);
      }
      cooked.push_back(static_cast<char16_t>(cp));
      m_pos += 5;
      return {};
    }
    default:
      break;
  }
  if (c >= '0' && c <= '7') {
    if (c == '0' && !is_ascii_digit(peek_char(1))) {
      cooked.push_back(u'\0');
      m_pos++;
      return {};
    }
    if (in_template) {
      *error_pos = m_pos;
      m_pos++;
      return "Octal escape sequences are not allowed in template strings.";
    }
    // Legacy octal: up to three digits, value at most 0377.
    std::uint32_t value = c - '0';
    m_pos++;
    int max_more = c <= '3' ? 2 : 1;
    for (int i = 0; i < max_more && peek_char() >= '0' && peek_char() <= '7'; ++i) {
      value = value * 8 + (peek_char() - '0');
      m_pos++;
    }
    cooked.push_back(static_cast<char16_t>(value));
    if (*octal == 0) *octal = 1;
    *error_pos = esc + 1;
    return {};
  }
  if (c == '8' || c == '9') {
    if (in_template) {
      *error_pos = m_pos;
      m_pos++;
      return "\\8 and \\9 are not allowed in template strings.";
    }
    cooked.push_back(static_cast<char16_t>(c));
    m_pos++;
    if (*octal == 0) {
      *octal = 2;
      *error_pos = esc;
    }
    return {};
  }
  // Any other character escapes itself.
  std::uint32_t cp = decode_at(m_pos, &len);
  m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
  append_utf16(cooked, cp);
  m_pos += len;
  return {};
}

void Lexer::lex_string(Token& out, char quote) {
  std::uint32_t start = m_pos;
  m_pos++;
  int octal = 0;
  std::uint32_t octal_pos = 0;
  while (true) {
    if (m_pos >= m_source.size()) {
      set_error(out, kInvalidToken, start, m_pos);
      return;
    }
    auto c = static_cast<unsigned char>(m_source[m_pos]);
    if (c == static_cast<unsigned char>(quote)) {
      m_pos++;
      break;
    }
    if (c == '\n' || c == '\r') {
      set_error(out, kInvalidToken, start, m_pos);
      return;
    }
    if (c == '\\') {
      std::uint32_t error_pos = 0;
      int before = octal;
      std::string_view error = read_escape(out.cooked, false, &octal, &error_pos);
      if (!error.empty()) {
        // Skip to the closing quote so the token ends sensibly.
        set_error(out, error, error_pos, m_error_end > error_pos ? m_error_end : error_pos + 1);
        while (m_pos < m_source.size() && m_source[m_pos] != quote && m_source[m_pos] != '\n') m_pos++;
        if (m_pos < m_source.size() && m_source[m_pos] == quote) m_pos++;
        return;
      }
      if (before == 0 && octal != 0) octal_pos = error_pos;
      continue;
    }
    if (c < 0x80) {
      out.cooked.push_back(static_cast<char16_t>(c));
      m_pos++;
      continue;
    }
    std::uint32_t len = 0;
    std::uint32_t cp = decode_at(m_pos, &len);
    append_utf16(out.cooked, cp);
    m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
    m_pos += len;
  }
  out.type = TokenType::kString;
  if (octal != 0) {
    out.legacy_octal = true;
    // error_start records where V8 puts the caret in strict mode; error text says which kind.
    out.error_start = octal_pos;
    out.error_end = octal_pos + 1;
    out.error = octal == 1 ? "Octal escape sequences are not allowed in strict mode."
                           : "\\8 and \\9 are not allowed in strict mode.";
  }
}

void Lexer::lex_template(Token& out, bool continuation) {
  // m_pos is just past the opening ` or the } ending a substitution.
  std::uint32_t start = out.start;
  while (true) {
    if (m_pos >= m_source.size()) {
      set_error(out, "Unterminated template literal", start, m_pos);  // V8: "Unexpected end of input"
      out.error_start = m_pos;
      out.error_end = m_pos;
      return;
    }
    auto c = static_cast<unsigned char>(m_source[m_pos]);
    if (c == '`') {
      m_pos++;
      out.template_part = continuation ? TemplatePart::kTail : TemplatePart::kNoSubstitution;
      break;
    }
    if (c == '$' && peek_char(1) == '{') {
      m_pos += 2;
      m_braces.push_back(true);
      out.template_part = continuation ? TemplatePart::kMiddle : TemplatePart::kHead;
      break;
    }
    if (c == '\\') {
      std::uint32_t esc_start = m_pos;
      std::uint32_t error_pos = 0;
      int octal = 0;
      std::string_view error = read_escape(out.cooked, true, &octal, &error_pos);
      // The raw value is the source text, with CR and CRLF normalised to LF.
      for (std::uint32_t p = esc_start; p < m_pos; ++p) {
        char r = m_source[p];
        if (r == '\r') {
          out.raw.push_back(u'\n');
          if (p + 1 < m_pos && m_source[p + 1] == '\n') p++;
          continue;
        }
        auto b = static_cast<unsigned char>(r);
        if (b < 0x80) {
          out.raw.push_back(static_cast<char16_t>(b));
        } else {
          std::uint32_t len = 0;
          std::uint32_t cp = decode_at(p, &len);
          append_utf16(out.raw, cp);
          p += len - 1;
        }
      }
      if (!error.empty() && !out.template_invalid_escape) {
        out.template_invalid_escape = true;
        out.error = error;
        out.error_start = error_pos;
        out.error_end = m_error_end > error_pos ? m_error_end : error_pos + 1;
      }
      continue;
    }
    std::uint32_t len = 0;
    if (at_line_terminator(m_pos, &len)) {
      if (len == 3) {
        char16_t u = static_cast<unsigned char>(m_source[m_pos + 2]) == 0xA8 ? 0x2028 : 0x2029;
        out.cooked.push_back(u);
        out.raw.push_back(u);
      } else {
        out.cooked.push_back(u'\n');
        out.raw.push_back(u'\n');
      }
      m_pos += len;
      new_line(m_pos);
      continue;
    }
    if (c < 0x80) {
      out.cooked.push_back(static_cast<char16_t>(c));
      out.raw.push_back(static_cast<char16_t>(c));
      m_pos++;
      continue;
    }
    std::uint32_t cp = decode_at(m_pos, &len);
    append_utf16(out.cooked, cp);
    append_utf16(out.raw, cp);
    m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
    m_pos += len;
  }
  out.type = TokenType::kTemplate;
}

void Lexer::lex_punctuator(Token& out) {
  auto at = [&](std::uint32_t ahead) -> char {
    std::uint32_t p = m_pos + ahead;
    return p < m_source.size() ? m_source[p] : '\0';
  };
  auto take = [&](TokenType type, std::uint32_t length) {
    out.type = type;
    m_pos += length;
  };
  char c = at(0);
  switch (c) {
    case '{':
      m_braces.push_back(false);
      return take(TokenType::kLBrace, 1);
    case '}':
      if (!m_braces.empty()) m_braces.pop_back();
      return take(TokenType::kRBrace, 1);
    case '(':
      return take(TokenType::kLParen, 1);
    case ')':
      return take(TokenType::kRParen, 1);
    case '[':
      return take(TokenType::kLBracket, 1);
    case ']':
      return take(TokenType::kRBracket, 1);
    case ';':
      return take(TokenType::kSemicolon, 1);
    case ',':
      return take(TokenType::kComma, 1);
    case ':':
      return take(TokenType::kColon, 1);
    case '~':
      return take(TokenType::kTilde, 1);
    case '#':
      return take(TokenType::kHash, 1);
    case '.':
      if (at(1) == '.' && at(2) == '.') return take(TokenType::kEllipsis, 3);
      return take(TokenType::kDot, 1);
    case '<':
      if (at(1) == '<') return at(2) == '=' ? take(TokenType::kShlAssign, 3) : take(TokenType::kShl, 2);
      if (at(1) == '=') return take(TokenType::kLe, 2);
      return take(TokenType::kLt, 1);
    case '>':
      if (at(1) == '>') {
        if (at(2) == '>') return at(3) == '=' ? take(TokenType::kShrAssign, 4) : take(TokenType::kShr, 3);
        if (at(2) == '=') return take(TokenType::kSarAssign, 3);
        return take(TokenType::kSar, 2);
      }
      if (at(1) == '=') return take(TokenType::kGe, 2);
      return take(TokenType::kGt, 1);
    case '=':
      if (at(1) == '=') return at(2) == '=' ? take(TokenType::kStrictEq, 3) : take(TokenType::kEq, 2);
      if (at(1) == '>') return take(TokenType::kArrow, 2);
      return take(TokenType::kAssign, 1);
    case '!':
      if (at(1) == '=') return at(2) == '=' ? take(TokenType::kStrictNe, 3) : take(TokenType::kNe, 2);
      return take(TokenType::kBang, 1);
    case '+':
      if (at(1) == '+') return take(TokenType::kPlusPlus, 2);
      if (at(1) == '=') return take(TokenType::kPlusAssign, 2);
      return take(TokenType::kPlus, 1);
    case '-':
      if (at(1) == '-') return take(TokenType::kMinusMinus, 2);
      if (at(1) == '=') return take(TokenType::kMinusAssign, 2);
      return take(TokenType::kMinus, 1);
    case '*':
      if (at(1) == '*')
        return at(2) == '=' ? take(TokenType::kStarStarAssign, 3) : take(TokenType::kStarStar, 2);
      if (at(1) == '=') return take(TokenType::kStarAssign, 2);
      return take(TokenType::kStar, 1);
    case '/':
      if (at(1) == '=') return take(TokenType::kSlashAssign, 2);
      return take(TokenType::kSlash, 1);
    case '%':
      if (at(1) == '=') return take(TokenType::kPercentAssign, 2);
      return take(TokenType::kPercent, 1);
    case '&':
      if (at(1) == '&') return at(2) == '=' ? take(TokenType::kAmpAmpAssign, 3) : take(TokenType::kAmpAmp, 2);
      if (at(1) == '=') return take(TokenType::kAmpAssign, 2);
      return take(TokenType::kAmp, 1);
    case '|':
      if (at(1) == '|')
        return at(2) == '=' ? take(TokenType::kPipePipeAssign, 3) : take(TokenType::kPipePipe, 2);
      if (at(1) == '=') return take(TokenType::kPipeAssign, 2);
      return take(TokenType::kPipe, 1);
    case '^':
      if (at(1) == '=') return take(TokenType::kCaretAssign, 2);
      return take(TokenType::kCaret, 1);
    case '?':
      if (at(1) == '?') {
        return at(2) == '=' ? take(TokenType::kQuestionQuestionAssign, 3)
                            : take(TokenType::kQuestionQuestion, 2);
      }
      // `?.` but not `?.5` (a conditional followed by a number).
      if (at(1) == '.' && !(at(2) >= '0' && at(2) <= '9')) return take(TokenType::kQuestionDot, 2);
      return take(TokenType::kQuestion, 1);
    default:
      break;
  }
  std::uint32_t len = 0;
  std::uint32_t cp = decode_at(m_pos, &len);
  std::uint32_t start = m_pos;
  m_column_adjust += len - (cp >= 0x10000 ? 2 : 1);
  m_pos += len == 0 ? 1 : len;
  set_error(out, kInvalidToken, start, m_pos);
}

}  // namespace looplab::js
