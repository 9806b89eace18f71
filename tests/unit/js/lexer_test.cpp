// The lexer on its own: every kind of token, values (numbers, cooked strings), positions in
// UTF-16 columns, line terminators for ASI, and V8's messages for malformed tokens (through
// parse_program, whose positions the expected values below were taken from: each row was
// printed by node v20's vm.Script for the same source).
#include "core/js/syntax/lexer.h"

#include <deque>
#include <string>
#include <vector>

#include "core/js/syntax/parser.h"
#include "doctest/doctest.h"

using looplab::js::Lexer;
using looplab::js::parse_program;
using looplab::js::ParseOptions;
using looplab::js::TemplatePart;
using looplab::js::Token;
using looplab::js::TokenType;

namespace {

// Tokens view their source: keep every lexed source alive for the whole test run.
const std::string& keep(std::string source) {
  static std::deque<std::string> sources;
  sources.push_back(std::move(source));
  return sources.back();
}

std::vector<Token> lex_all(const std::string& text) {
  const std::string& source = keep(text);
  Lexer lexer(source);
  std::vector<Token> tokens;
  for (int i = 0; i < 10000; ++i) {
    Token t;
    lexer.next(t);
    bool end = t.type == TokenType::kEof;
    tokens.push_back(std::move(t));
    if (end) break;
  }
  return tokens;
}

std::vector<TokenType> types(const std::string& source) {
  std::vector<TokenType> out;
  for (const Token& t : lex_all(source)) out.push_back(t.type);
  return out;
}

struct ErrorRow {
  const char* source;
  const char* message;
  unsigned line;
  unsigned column;
  unsigned length;
};

}  // namespace

TEST_CASE("lexer: punctuators take the longest match") {
  using T = TokenType;
  CHECK(types("a >>>= b >>= c >>> d >> e") ==
        std::vector<T>{T::kIdentifier, T::kShrAssign, T::kIdentifier, T::kSarAssign, T::kIdentifier, T::kShr,
                       T::kIdentifier, T::kSar, T::kIdentifier, T::kEof});
  CHECK(types("** **= ?? ?\?= ?. ... => === !== &&= ||=") ==
        std::vector<T>{T::kStarStar, T::kStarStarAssign, T::kQuestionQuestion, T::kQuestionQuestionAssign,
                       T::kQuestionDot, T::kEllipsis, T::kArrow, T::kStrictEq, T::kStrictNe, T::kAmpAmpAssign,
                       T::kPipePipeAssign, T::kEof});
}

TEST_CASE("lexer: ?.5 is a conditional followed by a number") {
  using T = TokenType;
  CHECK(types("a?.5:1") ==
        std::vector<T>{T::kIdentifier, T::kQuestion, T::kNumber, T::kColon, T::kNumber, T::kEof});
  CHECK(types("a?.b") == std::vector<T>{T::kIdentifier, T::kQuestionDot, T::kIdentifier, T::kEof});
}

TEST_CASE("lexer: keywords are reserved words only, contextual words stay identifiers") {
  using T = TokenType;
  CHECK(types("if let async await of get set static yield class") ==
        std::vector<T>{T::kIf, T::kIdentifier, T::kIdentifier, T::kIdentifier, T::kIdentifier, T::kIdentifier,
                       T::kIdentifier, T::kIdentifier, T::kIdentifier, T::kClass, T::kEof});
}

TEST_CASE("lexer: identifiers with escapes and non-ASCII letters") {
  auto tokens = lex_all("\\u0061b\\u{63} \xC3\xA9t\xC3\xA9 _$x");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].type == TokenType::kIdentifier);
  CHECK(tokens[0].escaped);
  CHECK(tokens[0].name() == "abc");
  CHECK(tokens[1].name() == "\xC3\xA9t\xC3\xA9");
  CHECK(tokens[1].column == 15);
  CHECK(tokens[2].name() == "_$x");
  CHECK(tokens[2].column == 19);
}

TEST_CASE("lexer: an escaped keyword is an identifier token marked escaped") {
  auto tokens = lex_all("\\u0069f");
  CHECK(tokens[0].type == TokenType::kIdentifier);
  CHECK(tokens[0].escaped);
  CHECK(tokens[0].name() == "if");
}

TEST_CASE("lexer: numbers in every base, with separators and exponents") {
  auto value = [](const char* s) {
    auto t = lex_all(s);
    REQUIRE(t[0].type == TokenType::kNumber);
    return t[0].number;
  };
  CHECK(value("0") == 0);
  CHECK(value("42") == 42);
  CHECK(value(".5") == 0.5);
  CHECK(value("5.") == 5);
  CHECK(value("1e3") == 1000);
  CHECK(value("1E-2") == 0.01);
  CHECK(value("2.5e+2") == 250);
  CHECK(value("0x1F") == 31);
  CHECK(value("0XfF") == 255);
  CHECK(value("0o17") == 15);
  CHECK(value("0b1010") == 10);
  CHECK(value("1_000_000") == 1000000);
  CHECK(value("0x1_0") == 16);
  CHECK(value("017") == 15);  // legacy octal (sloppy mode)
  CHECK(value("019") == 19);  // a decimal with a leading zero
  CHECK(value("08.5") == 8.5);
  CHECK(value("9007199254740993") == 9007199254740992.0);
  CHECK(lex_all("017")[0].legacy_octal);
  CHECK_FALSE(lex_all("17")[0].legacy_octal);
}

TEST_CASE("lexer: 1..toString is a number then a dot") {
  using T = TokenType;
  CHECK(types("1..toString") == std::vector<T>{T::kNumber, T::kDot, T::kIdentifier, T::kEof});
  CHECK(types("1.5.x") == std::vector<T>{T::kNumber, T::kDot, T::kIdentifier, T::kEof});
}

TEST_CASE("lexer: string escapes give the UTF-16 cooked value") {
  auto cooked = [](const char* s) { return lex_all(s)[0].cooked; };
  CHECK(cooked(R"("a\nb\tc")") == u"a\nb\tc");
  CHECK(cooked(R"('\x41\u0042\u{43}')") == u"ABC");
  CHECK(cooked(R"("\u{1F600}")") == u"\U0001F600");
  CHECK(cooked(R"("\uD800")") == std::u16string(1, char16_t(0xD800)));  // a lone surrogate survives
  CHECK(cooked("\"a\\\nb\"") == u"ab");                                 // line continuation
  CHECK(cooked(R"("\0")") == std::u16string(1, u'\0'));
  CHECK(cooked(R"("\101")") == u"A");  // legacy octal escape
  CHECK(cooked(R"("\q\'\"\\")") == u"q'\"\\");
  CHECK(cooked("'\xE2\x82\xAC'") == u"\u20AC");
  CHECK(cooked("'\xF0\x9F\x98\x80'") == u"\U0001F600");
}

TEST_CASE("lexer: template literals nest and carry cooked and raw values") {
  auto tokens = lex_all("`a${`b${c}`}d\\n`");
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].type == TokenType::kTemplate);
  CHECK(tokens[0].template_part == TemplatePart::kHead);
  CHECK(tokens[0].cooked == u"a");
  CHECK(tokens[1].template_part == TemplatePart::kHead);
  CHECK(tokens[1].cooked == u"b");
  CHECK(tokens[2].type == TokenType::kIdentifier);
  CHECK(tokens[3].template_part == TemplatePart::kTail);
  CHECK(tokens[3].cooked == u"");
  CHECK(tokens[4].template_part == TemplatePart::kTail);
  CHECK(tokens[4].cooked == u"d\n");
  CHECK(tokens[4].raw == u"d\\n");
}

TEST_CASE("lexer: braces inside a substitution do not end it") {
  auto tokens = lex_all("`${ {a: 1}.a }`");
  std::vector<TokenType> t;
  for (auto& tok : tokens) t.push_back(tok.type);
  using T = TokenType;
  CHECK(t == std::vector<T>{T::kTemplate, T::kLBrace, T::kIdentifier, T::kColon, T::kNumber, T::kRBrace,
                            T::kDot, T::kIdentifier, T::kTemplate, T::kEof});
}

TEST_CASE("lexer: template raw values normalise CRLF") {
  auto tokens = lex_all("`a\r\nb`");
  CHECK(tokens[0].cooked == u"a\nb");
  CHECK(tokens[0].raw == u"a\nb");
}

TEST_CASE("lexer: an invalid escape in a template is kept for tagged templates") {
  auto tokens = lex_all("`\\unicode`");
  CHECK(tokens[0].type == TokenType::kTemplate);
  CHECK(tokens[0].template_invalid_escape);
  CHECK(tokens[0].raw == u"\\unicode");
}

TEST_CASE("lexer: comments, hashbang and line terminators") {
  auto tokens = lex_all("#!/usr/bin/env node\na /* x\n */ b // c\nc /* */ d");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].name() == "a");
  CHECK(tokens[0].line == 2);
  CHECK(tokens[0].newline_before);
  CHECK(tokens[1].name() == "b");
  CHECK(tokens[1].newline_before);  // the block comment held a line break
  CHECK(tokens[1].line == 3);
  CHECK(tokens[2].name() == "c");
  CHECK(tokens[2].newline_before);
  CHECK(tokens[3].name() == "d");
  CHECK_FALSE(tokens[3].newline_before);
}

TEST_CASE("lexer: CR, CRLF, LS and PS end lines") {
  auto tokens = lex_all(
      "a\rb\r\nc\xE2\x80\xA8"
      "d\xE2\x80\xA9"
      "e");
  REQUIRE(tokens.size() == 6);
  for (int i = 0; i < 5; ++i) CHECK(tokens[static_cast<std::size_t>(i)].line == static_cast<unsigned>(i + 1));
  CHECK(tokens[4].column == 1);
}

TEST_CASE("lexer: columns count UTF-16 units") {
  // U+00E9 is one unit (two bytes); U+1F600 is two units (four bytes).
  auto tokens = lex_all("'\xC3\xA9' '\xF0\x9F\x98\x80' x");
  CHECK(tokens[0].column == 1);
  CHECK(tokens[1].column == 5);
  CHECK(tokens[2].column == 10);
  CHECK(tokens[1].utf16_length == 4);
}

TEST_CASE("lexer: whitespace beyond ASCII") {
  auto tokens = lex_all(
      "a\xC2\xA0"
      "b\xEF\xBB\xBF"
      "c\xE3\x80\x80"
      "d");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[3].name() == "d");
  CHECK(tokens[3].column == 7);
}

TEST_CASE("lexer: a bad token comes back as kInvalid with V8's message") {
  auto tokens = lex_all("a @ b");
  CHECK(tokens[1].type == TokenType::kInvalid);
  CHECK(tokens[1].error == "Invalid or unexpected token");
  CHECK(tokens[2].name() == "b");
}

TEST_CASE("lexer: symbols and emoji are not identifiers") {
  CHECK(lex_all("\xE2\x98\x83")[0].type == TokenType::kInvalid);         // snowman
  CHECK(lex_all("\xF0\x9F\x98\x80")[0].type == TokenType::kInvalid);     // emoji
  CHECK(lex_all("\xE2\x84\x98")[0].type == TokenType::kIdentifier);      // U+2118, a letter-like symbol
  CHECK(lex_all("\xF0\x9D\x91\xA5")[0].type == TokenType::kIdentifier);  // mathematical italic x
}

TEST_CASE("lexer: malformed UTF-8 never crashes") {
  std::string bad = "x = '\xFF\xC3' + \xE2\x82 + \xF0";
  auto tokens = lex_all(bad);
  CHECK(tokens.back().type == TokenType::kEof);
}

TEST_CASE("lexer: a private name") {
  auto tokens = lex_all("#secret");
  CHECK(tokens[0].type == TokenType::kPrivateName);
  CHECK(tokens[0].name() == "secret");
}

TEST_CASE("lexer: malformed tokens give V8's message and position") {
  // Each row: source, then message, line, column and caret width as node v20 printed them.
  static const ErrorRow kRows[] = {
      {"1__0", "Only one underscore is allowed as numeric separator", 1, 3, 1},
      {"0_1", "Numeric separator can not be used after leading 0.", 1, 2, 1},
      {"08_1", "Invalid or unexpected token", 1, 3, 1},
      {"0x", "Invalid or unexpected token", 1, 1, 2},
      {"0x_1", "Invalid or unexpected token", 1, 1, 2},
      {"1e", "Invalid or unexpected token", 1, 1, 2},
      {"1e+", "Invalid or unexpected token", 1, 1, 3},
      {"3in x", "Invalid or unexpected token", 1, 1, 1},
      {"1.e", "Invalid or unexpected token", 1, 1, 3},
      {"\"use strict\"; 017", "Octal literals are not allowed in strict mode.", 1, 15, 3},
      {"\"\\x4\"", "Invalid hexadecimal escape sequence", 1, 2, 4},
      {"\"\\u{110000}\"", "Undefined Unicode code-point", 1, 2, 9},
      {"\"abc", "Invalid or unexpected token", 1, 1, 4},
      {"\"use strict\"; \"\\01\"", "Octal escape sequences are not allowed in strict mode.", 1, 17, 1},
      {"#", "Invalid or unexpected token", 1, 1, 1},
      {"a\\u0020", "Invalid or unexpected token", 1, 1, 7},
      {"0b12", "Invalid or unexpected token", 1, 1, 3},
      {"0o8", "Invalid or unexpected token", 1, 1, 2},
      {"1_e3", "Numeric separators are not allowed at the end of numeric literals", 1, 3, 1},
      {"1e_3", "Invalid or unexpected token", 1, 1, 2},
      {"a = 1 /* x", "Invalid or unexpected token", 1, 7, 4},
      {"'use strict'; '\\8'", "\\8 and \\9 are not allowed in strict mode.", 1, 16, 1},
      {"x = \\u{64}elete", "Keyword must not contain escaped characters", 1, 5, 11},
      {"\"use strict\"; 08", "Decimals with leading zeros are not allowed in strict mode.", 1, 15, 2},
      {"`\\01`", "Octal escape sequences are not allowed in template strings.", 1, 3, 1},
      {"\"use strict\"; 0_8", "Numeric separator can not be used after leading 0.", 1, 16, 1},
      {"09_1", "Invalid or unexpected token", 1, 3, 1},
      {"x = 1\\u0061", "Invalid or unexpected token", 1, 5, 1},
      {"a\\u{0}", "Invalid or unexpected token", 1, 1, 6},
      {"\\u0030x", "Invalid or unexpected token", 1, 1, 6},
      {"xx\\", "Invalid or unexpected token", 1, 1, 3},
      {"1._1", "Invalid or unexpected token", 1, 1, 2},
      {"1_.1", "Numeric separators are not allowed at the end of numeric literals", 1, 3, 1},
      {"0b1__0", "Only one underscore is allowed as numeric separator", 1, 5, 1},
      {"x=`${a", "Missing } in template expression", 1, 6, 1},
      {"\"\\u{}\"", "Invalid Unicode escape sequence", 1, 5, 1},
      {"\"\\u{ffff\"", "Invalid Unicode escape sequence", 1, 9, 1},
      {"x = 017n", "Invalid or unexpected token", 1, 5, 3},
      {"x = 1.5n", "Invalid or unexpected token", 1, 5, 3},
      {"x = 1en", "Invalid or unexpected token", 1, 5, 2},
      {"var x = \\u0069f", "Keyword must not contain escaped characters", 1, 9, 7},
      {"v\\u0061r x", "Keyword must not contain escaped characters", 1, 1, 8},
      {"\\u{76}ar x", "Keyword must not contain escaped characters", 1, 1, 8},
      {"x = \\u{1F600}", "Invalid or unexpected token", 1, 5, 9},
      {"x = a\\u{1F600}", "Invalid or unexpected token", 1, 5, 10},
      {"x = 1.toFixed()", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0x.1", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0xg", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0b2", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0o9", "Invalid or unexpected token", 1, 5, 2},
      {"x = 07.5", "Unexpected number", 1, 7, 2},
      {"x = 0_0", "Numeric separator can not be used after leading 0.", 1, 6, 1},
      {"x = 1__0", "Only one underscore is allowed as numeric separator", 1, 7, 1},
      {"x = 1e+_1", "Invalid or unexpected token", 1, 5, 3},
      {"x = 0x_1", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0b_1", "Invalid or unexpected token", 1, 5, 2},
      {"x = 0o1__1", "Only one underscore is allowed as numeric separator", 1, 9, 1},
      {"x = 08n", "Invalid or unexpected token", 1, 5, 2},
      {"x = 1e5n", "Invalid or unexpected token", 1, 5, 3},
      {"x = 00n", "Invalid or unexpected token", 1, 5, 2},
  };
  ParseOptions script;
  script.commonjs = false;
  for (const ErrorRow& row : kRows) {
    CAPTURE(row.source);
    auto result = parse_program(row.source, script);
    REQUIRE(result.error.has_value());
    CHECK(result.error->message == row.message);
    CHECK(result.error->line == row.line);
    CHECK(result.error->column == row.column);
    CHECK(result.error->length == row.length);
  }
}

TEST_CASE("lexer: BigInt literals are named as unsupported") {
  auto result = parse_program("let n = 123n;");
  REQUIRE(result.error.has_value());
  CHECK(result.error->message == "BigInt is not supported yet");
  CHECK(result.error->column == 9);
  CHECK(result.error->length == 4);
}

TEST_CASE("lexer: an unclosed template is the end of input, with a hint") {
  auto result = parse_program("let s = `abc\n\ndef");
  REQUIRE(result.error.has_value());
  CHECK(result.error->message == "Unexpected end of input");
  CHECK(result.error->hint.find("line 1, column 9") != std::string::npos);
}
