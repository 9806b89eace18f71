// The editor's model of the script: line index, colour spans from the engine's lexer, numeric
// literals and their rewriting, and the undo history (see source_text.h for why).
#include "core/view/source_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "core/js/syntax/lexer.h"

namespace looplab::view {

namespace {

using js::TokenType;

// UTF-16 units a byte adds to a column: a lead byte counts one (two for a 4-byte sequence, which
// is a surrogate pair), a continuation byte nothing.
int utf16_units(unsigned char byte) {
  if ((byte & 0xC0) == 0x80) return 0;
  return byte >= 0xF0 ? 2 : 1;
}

bool is_keyword(TokenType type) {
  return type >= TokenType::kBreak && type <= TokenType::kEnum;
}
bool is_constant(TokenType type) {
  return type == TokenType::kTrue || type == TokenType::kFalse || type == TokenType::kNull ||
         type == TokenType::kThis || type == TokenType::kSuper;
}

// Whether a token can end an operand, so that a following '/' divides and a following '-' is
// binary. Anything else (an operator, an opening bracket, a keyword like `return`) means an
// expression starts next.
bool ends_operand(TokenType type, js::TemplatePart part) {
  switch (type) {
    case TokenType::kIdentifier:
    case TokenType::kPrivateName:
    case TokenType::kNumber:
    case TokenType::kString:
    case TokenType::kRParen:
    case TokenType::kRBracket:
    case TokenType::kRBrace:
    case TokenType::kPlusPlus:
    case TokenType::kMinusMinus:
      return true;
    case TokenType::kTemplate:
      return part == js::TemplatePart::kNoSubstitution || part == js::TemplatePart::kTail;
    default:
      return is_constant(type);
  }
}

SyntaxKind identifier_kind(std::string_view name) {
  if (name == "let" || name == "async" || name == "await" || name == "yield") return SyntaxKind::kKeyword;
  if (name == "undefined" || name == "NaN" || name == "Infinity") return SyntaxKind::kConstant;
  return SyntaxKind::kIdentifier;
}

// The end of a regular expression literal starting with the '/' at `start`, or 0 when there is no
// closing '/' on the line.
std::uint32_t scan_regexp(std::string_view text, std::uint32_t start) {
  bool in_class = false;
  std::uint32_t pos = start + 1;
  while (pos < text.size()) {
    char c = text[pos];
    if (c == '\n' || c == '\r') return 0;
    if (c == '\\') {
      pos += 2;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    pos++;
    if (c == '/' && !in_class) {
      while (pos < text.size()) {
        auto f = static_cast<unsigned char>(text[pos]);
        const bool flag = (f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z') || (f >= '0' && f <= '9') ||
                          f == '_' || f == '$';
        if (!flag) break;
        pos++;
      }
      return pos;
    }
  }
  return 0;
}

// What the learner sees of an invalid token: an unterminated string, template or comment keeps
// its colour; anything else is marked invalid.
SyntaxKind invalid_kind(std::string_view text, std::uint32_t start) {
  if (start >= text.size()) return SyntaxKind::kInvalid;
  char c = text[start];
  if (c == '"' || c == '\'') return SyntaxKind::kString;
  if (c == '`' || c == '}') return SyntaxKind::kTemplate;
  if (c == '/' && start + 1 < text.size() && text[start + 1] == '*') return SyntaxKind::kComment;
  return SyntaxKind::kInvalid;
}

NumberLiteral describe_number(const js::Token& token, std::uint32_t start) {
  NumberLiteral literal;
  literal.start = start;
  literal.end = start + static_cast<std::uint32_t>(token.text.size());
  literal.value = token.number;
  literal.separators = token.has_separator;
  std::string_view t = token.text;
  const char second = t.size() > 1 ? static_cast<char>(t[1] | 0x20) : '\0';
  if (!t.empty() && t[0] == '0' && (second == 'x' || second == 'o' || second == 'b')) {
    char prefix = static_cast<char>(t[1] | 0x20);
    literal.base = prefix == 'x'   ? NumberBase::kHex
                   : prefix == 'o' ? NumberBase::kOctal
                                   : NumberBase::kBinary;
    for (char c : t.substr(1)) {
      if (c >= 'A' && c <= 'Z') literal.upper = true;
    }
    return literal;
  }
  bool after_dot = false;
  for (char c : t) {
    if (c == '.') {
      after_dot = true;
      literal.integral = false;
    } else if (c == 'e' || c == 'E') {
      literal.exponent = true;
      literal.integral = false;
      literal.upper = c == 'E';
      break;
    } else if (after_dot && c >= '0' && c <= '9') {
      literal.decimals++;
    }
  }
  return literal;
}

}  // namespace

void SourceText::set_text(std::string text) {
  m_text = std::move(text);
  rebuild();
}

void SourceText::rebuild() {
  index_lines();
  colour();
}

void SourceText::index_lines() {
  m_line_starts.clear();
  m_line_starts.push_back(0);
  const std::string& t = m_text;
  const auto size = static_cast<std::uint32_t>(t.size());
  for (std::uint32_t i = 0; i < size; ++i) {
    char c = t[i];
    if (c == '\n') {
      m_line_starts.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < size && t[i + 1] == '\n') ++i;
      m_line_starts.push_back(i + 1);
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < size &&
               static_cast<unsigned char>(t[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(t[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(t[i + 2]) == 0xA9)) {
      i += 2;
      m_line_starts.push_back(i + 1);
    }
  }
}

std::uint32_t SourceText::line_start(int line) const {
  line = std::clamp(line, 1, line_count());
  return m_line_starts[static_cast<std::size_t>(line - 1)];
}

std::uint32_t SourceText::line_end(int line) const {
  line = std::clamp(line, 1, line_count());
  std::uint32_t end = line < line_count() ? m_line_starts[static_cast<std::size_t>(line)]
                                          : static_cast<std::uint32_t>(m_text.size());
  std::uint32_t start = line_start(line);
  if (line == line_count()) return end;
  // Step back over the terminator that ended the line.
  if (end - start >= 3 && static_cast<unsigned char>(m_text[end - 3]) == 0xE2 &&
      static_cast<unsigned char>(m_text[end - 2]) == 0x80 &&
      (static_cast<unsigned char>(m_text[end - 1]) & 0xFE) == 0xA8)
    return end - 3;
  if (end - start >= 2 && m_text[end - 2] == '\r' && m_text[end - 1] == '\n') return end - 2;
  return end - 1;
}

std::string_view SourceText::line_text(int line) const {
  std::uint32_t start = line_start(line);
  return std::string_view(m_text).substr(start, line_end(line) - start);
}

int SourceText::line_of(std::uint32_t offset) const {
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  return static_cast<int>(it - m_line_starts.begin());
}

int SourceText::column_of(std::uint32_t offset) const {
  int line = line_of(offset);
  std::uint32_t start = line_start(line);
  offset = std::min(offset, static_cast<std::uint32_t>(m_text.size()));
  int column = 1;
  for (std::uint32_t i = start; i < offset; ++i) column += utf16_units(static_cast<unsigned char>(m_text[i]));
  return column;
}

std::uint32_t SourceText::offset_of(int line, int column) const {
  std::uint32_t pos = line_start(line);
  std::uint32_t end = line_end(line);
  int units = 1;
  while (pos < end) {
    int width = utf16_units(static_cast<unsigned char>(m_text[pos]));
    if (width > 0 && units + width > column) break;
    units += width;
    pos++;
    // Never stop inside a code point.
    while (pos < end && (static_cast<unsigned char>(m_text[pos]) & 0xC0) == 0x80) pos++;
  }
  return pos;
}

std::size_t SourceText::first_span_after(std::uint32_t offset) const {
  auto it = std::upper_bound(m_spans.begin(), m_spans.end(), offset,
                             [](std::uint32_t value, const SyntaxSpan& span) { return value < span.end; });
  return static_cast<std::size_t>(it - m_spans.begin());
}

const NumberLiteral* SourceText::number_at(std::uint32_t offset) const {
  auto it =
      std::lower_bound(m_numbers.begin(), m_numbers.end(), offset,
                       [](const NumberLiteral& literal, std::uint32_t value) { return literal.end < value; });
  if (it == m_numbers.end() || it->start > offset) return nullptr;
  return &*it;
}

void SourceText::colour() {
  m_spans.clear();
  m_numbers.clear();
  const std::string_view text = m_text;
  const auto size = static_cast<std::uint32_t>(text.size());

  auto add = [this](std::uint32_t start, std::uint32_t end, SyntaxKind kind) {
    if (end > start) m_spans.push_back(SyntaxSpan{start, end, kind});
  };
  // Comments are the only non-blank text in the gaps the lexer skips.
  auto comments_in = [&](std::uint32_t from, std::uint32_t to) {
    std::uint32_t pos = from;
    while (pos + 1 < to) {
      if (text[pos] == '/' && text[pos + 1] == '/') {
        std::uint32_t end = pos + 2;
        while (end < to && text[end] != '\n' && text[end] != '\r') end++;
        add(pos, end, SyntaxKind::kComment);
        pos = end;
      } else if (text[pos] == '/' && text[pos + 1] == '*') {
        std::size_t close = text.find("*/", pos + 2);
        std::uint32_t end =
            close == std::string_view::npos || close + 2 > to ? to : static_cast<std::uint32_t>(close + 2);
        add(pos, end, SyntaxKind::kComment);
        pos = end;
      } else {
        pos++;
      }
    }
  };

  std::uint32_t base = 0;  // where the current lexer's text starts (it restarts after a regexp)
  std::uint32_t prev_end = 0;
  if (size >= 2 && text[0] == '#' && text[1] == '!') {
    prev_end = 2;
    while (prev_end < size && text[prev_end] != '\n' && text[prev_end] != '\r') prev_end++;
    add(0, prev_end, SyntaxKind::kComment);
  }
  auto lexer = std::make_unique<js::Lexer>(text);
  js::Token token;
  TokenType prev = TokenType::kSemicolon;  // as if an expression may start
  js::TemplatePart prev_part = js::TemplatePart::kNoSubstitution;
  TokenType prev2 = TokenType::kSemicolon;
  js::TemplatePart prev2_part = js::TemplatePart::kNoSubstitution;
  std::uint32_t prev_start = 0;
  std::size_t prev_span = static_cast<std::size_t>(-1);  // the span of the previous token, if a name

  for (int guard = 0; guard <= static_cast<int>(size) + 1; ++guard) {
    lexer->next(token);
    const std::uint32_t start = base + token.start;
    const std::uint32_t end = base + token.end;
    comments_in(prev_end, std::min(start, size));
    if (token.type == TokenType::kEof) return;
    if (end <= prev_end && token.end != 0) return;  // no progress: leave the rest plain
    const bool expression_starts = !ends_operand(prev, prev_part);
    SyntaxKind kind = SyntaxKind::kPunctuation;
    std::size_t name_span = static_cast<std::size_t>(-1);
    switch (token.type) {
      case TokenType::kInvalid:
        kind = invalid_kind(text, start);
        break;
      case TokenType::kIdentifier:
        kind = (prev == TokenType::kDot || prev == TokenType::kQuestionDot) ? SyntaxKind::kProperty
                                                                            : identifier_kind(token.text);
        if (kind == SyntaxKind::kIdentifier || kind == SyntaxKind::kProperty) name_span = m_spans.size();
        break;
      case TokenType::kPrivateName:
        kind = SyntaxKind::kProperty;
        name_span = m_spans.size();
        break;
      case TokenType::kNumber: {
        kind = SyntaxKind::kNumber;
        if (token.legacy_octal) break;  // `017`: not offered for dragging
        NumberLiteral literal = describe_number(token, start);
        literal.line = line_of(start);
        if (prev == TokenType::kMinus && !ends_operand(prev2, prev2_part)) {
          literal.start = prev_start;
          literal.value = -literal.value;
        }
        m_numbers.push_back(literal);
        break;
      }
      case TokenType::kString:
        kind = SyntaxKind::kString;
        break;
      case TokenType::kTemplate:
        kind = SyntaxKind::kTemplate;
        break;
      case TokenType::kLParen:
        if (prev_span != static_cast<std::size_t>(-1) && prev_span + 1 == m_spans.size())
          m_spans[prev_span].kind = SyntaxKind::kCall;
        break;
      case TokenType::kSlash:
      case TokenType::kSlashAssign:
        if (expression_starts) {
          std::uint32_t regexp_end = scan_regexp(text, start);
          if (regexp_end != 0) {
            add(start, regexp_end, SyntaxKind::kRegexp);
            // The lexer cannot be told about the literal: start a fresh one after it.
            base = regexp_end;
            lexer = std::make_unique<js::Lexer>(text.substr(base));
            prev2 = prev, prev2_part = prev_part;
            prev = TokenType::kIdentifier;  // a regexp ends an operand like a name does
            prev_part = js::TemplatePart::kNoSubstitution;
            prev_start = start;
            prev_span = static_cast<std::size_t>(-1);
            prev_end = regexp_end;
            continue;
          }
        }
        break;
      default:
        if (is_constant(token.type)) {
          kind = SyntaxKind::kConstant;
        } else if (is_keyword(token.type)) {
          kind = SyntaxKind::kKeyword;
        }
        break;
    }
    add(start, end, kind);
    prev2 = prev, prev2_part = prev_part;
    prev = token.type, prev_part = token.template_part;
    prev_start = start;
    prev_span = name_span;
    prev_end = end;
    if (token.type == TokenType::kInvalid && end >= size) return;
  }
}

// ---- numbers --------------------------------------------------------------------------------

namespace {

std::string printf_double(const char* format, int precision, double value) {
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, format, precision, value);
  return buffer;
}

// `value` with 15 significant digits, which hides the binary noise of 0.1 + 0.2.
double tidy(double value) {
  return std::strtod(printf_double("%.*g", 15, value).c_str(), nullptr);
}

std::string group_thousands(const std::string& digits) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += '_';
    out += digits[i];
  }
  return out;
}

std::string integer_in_base(double magnitude, NumberBase base, bool upper) {
  if (base == NumberBase::kDecimal) return printf_double("%.*f", 0, magnitude);
  const int radix = base == NumberBase::kHex ? 16 : base == NumberBase::kOctal ? 8 : 2;
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  double rest = magnitude;
  do {
    double quotient = std::floor(rest / radix);
    out += digits[static_cast<int>(rest - quotient * radix)];
    rest = quotient;
  } while (rest > 0 && out.size() < 1100);
  std::reverse(out.begin(), out.end());
  const char* prefix = base == NumberBase::kHex ? "0x" : base == NumberBase::kOctal ? "0o" : "0b";
  return prefix + out;
}

}  // namespace

std::string format_number(const NumberLiteral& literal, double value) {
  if (!std::isfinite(value)) return {};
  const bool negative = std::signbit(value) && value != 0;
  const double magnitude = std::fabs(value);
  std::string body;
  if (literal.integral) {
    body = integer_in_base(std::nearbyint(magnitude), literal.base, literal.upper);
    if (literal.separators && literal.base == NumberBase::kDecimal) body = group_thousands(body);
    if (body == "0" || body == "0x0" || body == "0o0" || body == "0b0") return body;
  } else if (literal.exponent) {
    const double target = tidy(magnitude);
    std::string text;
    for (int precision = 0; precision <= 16; ++precision) {
      text = printf_double("%.*e", precision, target);
      if (std::strtod(text.c_str(), nullptr) == target) break;
    }
    // "1.5e+06" -> "1.5e6", "2e-07" -> "2e-7".
    std::size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    int exponent = std::atoi(text.c_str() + e + 1);
    body = mantissa + (literal.upper ? "E" : "e") + std::to_string(exponent);
  } else {
    const double target = tidy(magnitude);
    std::string text;
    for (int decimals = std::max(1, literal.decimals); decimals <= 20; ++decimals) {
      text = printf_double("%.*f", decimals, target);
      if (std::strtod(text.c_str(), nullptr) == target) break;
    }
    body = text;
  }
  return negative ? "-" + body : body;
}

std::string replace_number(std::string_view text, const NumberLiteral& literal, double value) {
  std::string written = format_number(literal, value);
  if (written.empty() || literal.end > text.size() || literal.start > literal.end) return std::string(text);
  if (written[0] == '-' && literal.start > 0 &&
      (text[literal.start - 1] == '-' || text[literal.start - 1] == '+'))
    written = "(" + written + ")";
  std::string out;
  out.reserve(text.size() + written.size());
  out.append(text.substr(0, literal.start));
  out.append(written);
  out.append(text.substr(literal.end));
  return out;
}

double number_drag_step(const NumberLiteral& literal) {
  const double magnitude = std::fabs(literal.value);
  if (literal.integral) {
    if (magnitude < 100) return 1;
    return std::pow(10.0, std::floor(std::log10(magnitude)) - 1);
  }
  if (literal.exponent) {
    if (magnitude == 0) return 1;
    return std::pow(10.0, std::floor(std::log10(magnitude)) - 1);
  }
  return std::pow(10.0, -std::max(1, literal.decimals));
}

// ---- undo -----------------------------------------------------------------------------------

bool UndoStack::merge(const TextEdit& edit, EditKind kind) {
  if (!m_open || kind != m_last_kind || m_undo.empty()) return false;
  TextEdit& last = m_undo.back();
  switch (kind) {
    case EditKind::kTyping:
      if (!edit.removed.empty() || edit.start != last.start + last.inserted.size()) return false;
      last.inserted += edit.inserted;
      break;
    case EditKind::kDeleting:
      if (!edit.inserted.empty() || !last.inserted.empty()) return false;
      if (edit.start + edit.removed.size() == last.start) {  // Backspace
        last.start = edit.start;
        last.removed.insert(0, edit.removed);
      } else if (edit.start == last.start) {  // Delete
        last.removed += edit.removed;
      } else {
        return false;
      }
      break;
    case EditKind::kDrag:
      if (edit.start != last.start || edit.removed != last.inserted) return false;
      last.inserted = edit.inserted;
      break;
    case EditKind::kOther:
      return false;
  }
  last.after = edit.after;
  return true;
}

void UndoStack::record(TextEdit edit, EditKind kind) {
  m_redo.clear();
  if (!merge(edit, kind)) {
    m_undo.push_back(std::move(edit));
    if (m_undo.size() > kMaxSteps) m_undo.erase(m_undo.begin());
  }
  m_last_kind = kind;
  m_open = kind != EditKind::kOther;
}

void UndoStack::clear() {
  m_undo.clear();
  m_redo.clear();
  m_open = false;
}

bool UndoStack::undo(std::string& text, TextSelection& selection) {
  if (m_undo.empty()) return false;
  TextEdit edit = std::move(m_undo.back());
  m_undo.pop_back();
  if (edit.start > text.size()) return false;
  text.replace(edit.start, edit.inserted.size(), edit.removed);
  selection = edit.before;
  m_redo.push_back(std::move(edit));
  m_open = false;
  return true;
}

bool UndoStack::redo(std::string& text, TextSelection& selection) {
  if (m_redo.empty()) return false;
  TextEdit edit = std::move(m_redo.back());
  m_redo.pop_back();
  if (edit.start > text.size()) return false;
  text.replace(edit.start, edit.removed.size(), edit.inserted);
  selection = edit.after;
  m_undo.push_back(std::move(edit));
  m_open = false;
  return true;
}

}  // namespace looplab::view
