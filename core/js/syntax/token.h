// The tokens of JavaScript as the lexer hands them to the parser.
//
// A token is a small value: its kind, its byte range in the source, its 1-based line and UTF-16
// column, whether a line terminator came before it (automatic semicolon insertion needs that), and
// its value where it has one. Identifier and keyword text is a string_view into the source except
// when the identifier was written with \u escapes (then `owned` holds the decoded UTF-8), so lexing
// allocates nothing for ordinary tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::js {

enum class TokenType : std::uint8_t {
  kEof,
  kInvalid,  // a lexical error: Token::error holds V8's message

  kIdentifier,   // includes contextual keywords (async, await, of, get, set, static, let, yield...)
  kPrivateName,  // `#name` (value without '#')
  kNumber,
  kString,
  kTemplate,  // a whole template without substitutions, or its head/middle/tail (see TemplatePart)

  // Reserved words (always keywords, in any mode)
  kBreak,
  kCase,
  kCatch,
  kClass,
  kConst,
  kContinue,
  kDebugger,
  kDefault,
  kDelete,
  kDo,
  kElse,
  kExport,
  kExtends,
  kFalse,
  kFinally,
  kFor,
  kFunction,
  kIf,
  kImport,
  kIn,
  kInstanceof,
  kNew,
  kNull,
  kReturn,
  kSuper,
  kSwitch,
  kThis,
  kThrow,
  kTrue,
  kTry,
  kTypeof,
  kVar,
  kVoid,
  kWhile,
  kWith,
  kEnum,

  // Punctuators
  kLBrace,
  kRBrace,
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kDot,
  kEllipsis,
  kSemicolon,
  kComma,
  kLt,
  kGt,
  kLe,
  kGe,
  kEq,
  kNe,
  kStrictEq,
  kStrictNe,
  kPlus,
  kMinus,
  kStar,
  kSlash,
  kPercent,
  kStarStar,
  kPlusPlus,
  kMinusMinus,
  kShl,
  kSar,
  kShr,
  kAmp,
  kPipe,
  kCaret,
  kBang,
  kTilde,
  kAmpAmp,
  kPipePipe,
  kQuestionQuestion,
  kQuestion,
  kQuestionDot,
  kColon,
  kAssign,
  kPlusAssign,
  kMinusAssign,
  kStarAssign,
  kSlashAssign,
  kPercentAssign,
  kStarStarAssign,
  kShlAssign,
  kSarAssign,
  kShrAssign,
  kAmpAssign,
  kPipeAssign,
  kCaretAssign,
  kAmpAmpAssign,
  kPipePipeAssign,
  kQuestionQuestionAssign,
  kArrow,
  kHash,  // a lone '#' (only valid as the start of a private name)
};

// Which piece of a template literal a kTemplate token is.
enum class TemplatePart : std::uint8_t {
  kNoSubstitution,  // `abc`
  kHead,            // `abc${
  kMiddle,          // }abc${
  kTail,            // }abc`
};

struct Token {
  TokenType type = TokenType::kEof;
  std::uint32_t start = 0;  // byte offset of the first character
  std::uint32_t end = 0;    // byte offset just past the token
  std::uint32_t line = 1;
  std::uint32_t column = 1;        // 1-based, UTF-16 code units
  std::uint32_t utf16_length = 0;  // the token's length in UTF-16 units (for the error caret)
  bool newline_before = false;     // a line terminator (or a comment holding one) precedes it
  bool escaped = false;            // an identifier/keyword spelled with \u escapes
  bool legacy_octal = false;       // number `017` / `08`, or a string with `\01` / `\8` escapes
  bool has_separator = false;      // a number with `_` separators
  TemplatePart template_part = TemplatePart::kNoSubstitution;
  bool template_invalid_escape = false;  // template cooked value is undefined (only ok when tagged)
  double number = 0;
  std::string_view text;          // the token's source text (for an identifier: its name if not escaped)
  std::string owned;              // decoded UTF-8 name of an identifier written with \u escapes
  std::u16string cooked;          // string literal value; template cooked value
  std::u16string raw;             // template raw value
  std::string_view error;         // kInvalid: V8's message (static storage)
  std::uint32_t error_start = 0;  // kInvalid: where the caret goes (may differ from start)
  std::uint32_t error_end = 0;

  // The identifier's name (decoded when it was written with escapes).
  std::string_view name() const { return escaped ? std::string_view(owned) : text; }
};

const char* token_type_name(TokenType type);  // the spelling of a punctuator or keyword

}  // namespace looplab::js
