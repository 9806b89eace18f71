// The code editor's model: line index, colouring, numeric literals and undo history.
#include "core/view/source_text.h"

#include <chrono>
#include <string>

#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using looplab::view::EditKind;
using looplab::view::NumberBase;
using looplab::view::NumberLiteral;
using looplab::view::SourceText;
using looplab::view::SyntaxKind;
using looplab::view::TextEdit;
using looplab::view::TextSelection;
using looplab::view::UndoStack;

namespace {

// The kind of the span covering `offset` (kPlain between spans).
SyntaxKind kind_at(const SourceText& source, std::uint32_t offset) {
  std::size_t i = source.first_span_after(offset);
  if (i < source.spans().size() && source.spans()[i].start <= offset) return source.spans()[i].kind;
  return SyntaxKind::kPlain;
}

SyntaxKind kind_of(const SourceText& source, std::string_view needle) {
  std::size_t at = source.text().find(needle);
  REQUIRE(at != std::string::npos);
  return kind_at(source, static_cast<std::uint32_t>(at));
}

// Applies an edit to `text` and records it, as the editor does.
void apply(std::string& text, UndoStack& stack, std::uint32_t start, std::string removed,
           std::string inserted, EditKind kind) {
  text.replace(start, removed.size(), inserted);
  TextEdit edit;
  edit.start = start;
  edit.before = TextSelection{start, start};
  auto after = static_cast<std::uint32_t>(start + inserted.size());
  edit.after = TextSelection{after, after};
  edit.removed = std::move(removed);
  edit.inserted = std::move(inserted);
  stack.record(std::move(edit), kind);
}

}  // namespace

TEST_CASE("lines and columns map to byte offsets as the engine counts them") {
  SourceText source("a\r\nbc\rdé😀x\n");
  CHECK(source.line_count() == 4);
  CHECK(source.line_text(1) == "a");
  CHECK(source.line_text(2) == "bc");
  CHECK(source.line_text(3) == "dé😀x");
  CHECK(source.line_text(4).empty());
  const auto x = static_cast<std::uint32_t>(source.text().find('x'));
  CHECK(source.line_of(x) == 3);
  CHECK(source.column_of(x) == 5);  // d, é, and the emoji's two UTF-16 units
  CHECK(source.offset_of(3, 5) == x);
  CHECK(source.offset_of(3, 99) == x + 1);
  CHECK(source.offset_of(99, 1) == source.text().size());
}

TEST_CASE("a syntax error's line and column land on the offending byte") {
  const std::string script = "const s = 'é😀';\nconst t = 'é😀'; let x = ;\n";
  const auto result = looplab::scenario::run_script(script);
  REQUIRE(result.syntax_error.has_value());
  SourceText source(script);
  const auto& error = *result.syntax_error;
  CHECK(error.line == 2);
  const auto offending = static_cast<std::uint32_t>(script.find("= ;") + 2);
  CHECK(source.offset_of(static_cast<int>(error.line), static_cast<int>(error.column)) == offending);
  CHECK(source.column_of(offending) == static_cast<int>(error.column));
}

TEST_CASE("tokens are coloured by kind, with comments found between them") {
  SourceText source(
      "// hi\nconst n = 42; /* block */\nlet s = 'str' + `t${n}u`;\nconsole.log(s, true, undefined);\n"
      "const r = /a+b/g;\n");
  CHECK(kind_of(source, "// hi") == SyntaxKind::kComment);
  CHECK(kind_of(source, "const") == SyntaxKind::kKeyword);
  CHECK(kind_of(source, "let") == SyntaxKind::kKeyword);
  CHECK(kind_of(source, "n =") == SyntaxKind::kIdentifier);
  CHECK(kind_of(source, "42") == SyntaxKind::kNumber);
  CHECK(kind_of(source, "/* block") == SyntaxKind::kComment);
  CHECK(kind_of(source, "'str'") == SyntaxKind::kString);
  CHECK(kind_of(source, "`t") == SyntaxKind::kTemplate);
  CHECK(kind_of(source, "u`") == SyntaxKind::kTemplate);
  CHECK(kind_of(source, "console") == SyntaxKind::kIdentifier);
  CHECK(kind_of(source, "log") == SyntaxKind::kCall);
  CHECK(kind_of(source, "true") == SyntaxKind::kConstant);
  CHECK(kind_of(source, "undefined") == SyntaxKind::kConstant);
  CHECK(kind_of(source, "+ `") == SyntaxKind::kPunctuation);
  CHECK(kind_of(source, "/a+b/g") == SyntaxKind::kRegexp);
  CHECK(kind_of(source, "; /*") == SyntaxKind::kPunctuation);
  CHECK(kind_at(source, 5) == SyntaxKind::kPlain);  // the newline after the comment
}

TEST_CASE("spans are sorted, do not overlap and stay inside the text") {
  SourceText source("a / b; x = /re/ + 1 /2; `a${ {b: 1}.b }c` // end");
  std::uint32_t last_end = 0;
  for (const auto& span : source.spans()) {
    CHECK(span.start >= last_end);
    CHECK(span.end > span.start);
    CHECK(span.end <= source.text().size());
    last_end = span.end;
  }
  CHECK(kind_of(source, "/ b") == SyntaxKind::kPunctuation);  // division, not a regexp
  CHECK(kind_of(source, "/re/") == SyntaxKind::kRegexp);
  CHECK(kind_of(source, "/2") == SyntaxKind::kPunctuation);
  CHECK(kind_of(source, "// end") == SyntaxKind::kComment);
}

TEST_CASE("broken code is coloured up to the problem and after it where the lexer can go on") {
  SourceText unterminated("let a = 'oops\nlet b = 2;\n");
  CHECK(kind_of(unterminated, "'oops") == SyntaxKind::kString);
  CHECK(kind_of(unterminated, "let b") == SyntaxKind::kKeyword);
  CHECK(kind_of(unterminated, "2;") == SyntaxKind::kNumber);

  SourceText bad_char("let a = 1 @ 2;\n");
  CHECK(kind_of(bad_char, "@") == SyntaxKind::kInvalid);
  CHECK(kind_of(bad_char, "2;") == SyntaxKind::kNumber);

  SourceText open_comment("x = 1; /* never closed\nlet y;");
  CHECK(kind_of(open_comment, "/*") == SyntaxKind::kComment);
  CHECK(kind_of(open_comment, "let y") == SyntaxKind::kComment);

  SourceText open_template("x = `abc ${ y");
  CHECK(kind_of(open_template, "x") == SyntaxKind::kIdentifier);

  for (const char* text : {"`", "'", "/*", "0x", "1_", "\\u{", "#", "a.#", "`${", "}", "/[/", "\xff\xfe"}) {
    SourceText broken(text);
    CHECK(broken.spans().size() <= broken.text().size());
  }
}

TEST_CASE("numeric literals carry their value, base and form") {
  SourceText source("f(10, 0x1F, 1_000_000, 2.50, 1e6, 0b101, x - 3, -7, .5);\n");
  const auto& numbers = source.numbers();
  REQUIRE(numbers.size() == 9);
  CHECK(numbers[0].value == 10);
  CHECK(numbers[0].integral);
  CHECK(numbers[1].base == NumberBase::kHex);
  CHECK(numbers[1].value == 31);
  CHECK(numbers[1].upper);
  CHECK(numbers[2].separators);
  CHECK(numbers[2].value == 1000000);
  CHECK_FALSE(numbers[3].integral);
  CHECK(numbers[3].decimals == 2);
  CHECK(numbers[4].exponent);
  CHECK(numbers[5].base == NumberBase::kBinary);
  CHECK(numbers[6].value == 3);  // binary minus: not part of the literal
  CHECK(numbers[7].value == -7);
  CHECK(source.text().substr(numbers[7].start, numbers[7].end - numbers[7].start) == "-7");
  CHECK(numbers[8].value == 0.5);
  CHECK(source.number_at(numbers[1].start + 2) == &numbers[1]);
  CHECK(source.number_at(numbers[1].end) == &numbers[1]);
  CHECK(source.number_at(0) == nullptr);
  CHECK(numbers[0].line == 1);
}

TEST_CASE("replace_number rewrites a literal in its own style") {
  auto rewrite = [](const std::string& text, double value) {
    SourceText source(text);
    REQUIRE(source.numbers().size() == 1);
    return looplab::view::replace_number(text, source.numbers()[0], value);
  };
  CHECK(rewrite("setTimeout(f, 10);", 12.6) == "setTimeout(f, 13);");
  CHECK(rewrite("x = 0xff;", 256) == "x = 0x100;");
  CHECK(rewrite("x = 0xFF;", 171) == "x = 0xAB;");
  CHECK(rewrite("x = 0b11;", 5) == "x = 0b101;");
  CHECK(rewrite("x = 1_000;", 1250000) == "x = 1_250_000;");
  CHECK(rewrite("x = 0.5;", 0.7 + 0.1) == "x = 0.8;");
  CHECK(rewrite("x = 1.25;", 2) == "x = 2.00;");
  CHECK(rewrite("x = 0.5;", 0.125) == "x = 0.125;");
  CHECK(rewrite("x = 1e6;", 1.5e6) == "x = 1.5e6;");
  CHECK(rewrite("x = 2E-3;", 3e-3) == "x = 3E-3;");
  CHECK(rewrite("x = 5;", -2) == "x = -2;");
  CHECK(rewrite("x = -5;", 4) == "x = 4;");
  CHECK(rewrite("y = a-5;", -6) == "y = a-(-6);");
  CHECK(rewrite("x = 5;", 1.0 / 0.0) == "x = 5;");
  // The rewritten script still parses to the new value.
  SourceText again(rewrite("y = a-5;", -6));
  REQUIRE(again.numbers().size() == 1);
  CHECK(again.numbers()[0].value == -6);
}

TEST_CASE("a drag step follows the literal's magnitude") {
  SourceText source("f(5, 250, 1000, 0.25, 1.5, 1e6);");
  const auto& n = source.numbers();
  REQUIRE(n.size() == 6);
  CHECK(looplab::view::number_drag_step(n[0]) == 1);
  CHECK(looplab::view::number_drag_step(n[1]) == 10);
  CHECK(looplab::view::number_drag_step(n[2]) == 100);
  CHECK(looplab::view::number_drag_step(n[3]) == doctest::Approx(0.01));
  CHECK(looplab::view::number_drag_step(n[4]) == doctest::Approx(0.1));
  CHECK(looplab::view::number_drag_step(n[5]) == doctest::Approx(1e5));
}

TEST_CASE("typing merges into one undo step and redo replays it") {
  std::string text = "ab";
  UndoStack stack;
  apply(text, stack, 2, "", "c", EditKind::kTyping);
  apply(text, stack, 3, "", "d", EditKind::kTyping);
  apply(text, stack, 4, "", "e", EditKind::kTyping);
  CHECK(text == "abcde");
  CHECK(stack.undo_size() == 1);
  TextSelection selection;
  REQUIRE(stack.undo(text, selection));
  CHECK(text == "ab");
  CHECK(selection == TextSelection{2, 2});
  CHECK_FALSE(stack.can_undo());
  REQUIRE(stack.redo(text, selection));
  CHECK(text == "abcde");
  CHECK(selection == TextSelection{5, 5});
  CHECK_FALSE(stack.redo(text, selection));
}

TEST_CASE("a break, a jump or another kind of edit starts a new undo step") {
  std::string text;
  UndoStack stack;
  apply(text, stack, 0, "", "a", EditKind::kTyping);
  apply(text, stack, 1, "", "b", EditKind::kTyping);
  stack.break_run();
  apply(text, stack, 2, "", "c", EditKind::kTyping);
  apply(text, stack, 0, "", "d", EditKind::kTyping);  // not where the last one ended
  apply(text, stack, 4, "", "\n", EditKind::kOther);
  apply(text, stack, 5, "", "e", EditKind::kTyping);
  CHECK(text == "dabc\ne");
  CHECK(stack.undo_size() == 5);
  TextSelection selection;
  while (stack.undo(text, selection)) {
  }
  CHECK(text.empty());
}

TEST_CASE("backspaces and deletes merge, and a new edit clears redo") {
  std::string text = "abcdef";
  UndoStack stack;
  apply(text, stack, 5, "f", "", EditKind::kDeleting);
  apply(text, stack, 4, "e", "", EditKind::kDeleting);
  CHECK(stack.undo_size() == 1);
  apply(text, stack, 0, "a", "", EditKind::kOther);
  apply(text, stack, 0, "b", "", EditKind::kDeleting);
  apply(text, stack, 0, "c", "", EditKind::kDeleting);
  CHECK(text == "d");
  CHECK(stack.undo_size() == 3);
  TextSelection selection;
  REQUIRE(stack.undo(text, selection));
  CHECK(text == "bcd");
  CHECK(stack.can_redo());
  apply(text, stack, 3, "", "x", EditKind::kOther);
  CHECK_FALSE(stack.can_redo());
  REQUIRE(stack.undo(text, selection));
  REQUIRE(stack.undo(text, selection));
  REQUIRE(stack.undo(text, selection));
  CHECK(text == "abcdef");
}

TEST_CASE("dragging a number is one undo step") {
  std::string text = "setTimeout(f, 10);";
  UndoStack stack;
  SourceText source(text);
  for (double value : {11.0, 12.0, 120.0, 7.0}) {
    const NumberLiteral literal = source.numbers().at(0);
    std::string next = looplab::view::replace_number(text, literal, value);
    const std::string removed = text.substr(literal.start, literal.end - literal.start);
    const std::string inserted = next.substr(literal.start, next.size() - text.size() + removed.size());
    apply(text, stack, literal.start, removed, inserted, EditKind::kDrag);
    CHECK(text == next);
    source.set_text(text);
  }
  CHECK(text == "setTimeout(f, 7);");
  CHECK(stack.undo_size() == 1);
  TextSelection selection;
  REQUIRE(stack.undo(text, selection));
  CHECK(text == "setTimeout(f, 10);");
}

TEST_CASE("colouring 300 lines is fast") {
  std::string script;
  for (int i = 0; i < 100; ++i) {
    script += "setTimeout(() => { console.log('timeout " + std::to_string(i) + "', 1.5 * x); }, 10);\n";
    script += "// a comment about step " + std::to_string(i) + "\n";
    script += "const v" + std::to_string(i) + " = `t${i}` + /re+/g.source; /* done */\n";
  }
  SourceText source;
  const auto begin = std::chrono::steady_clock::now();
  constexpr int kRounds = 20;
  for (int i = 0; i < kRounds; ++i) source.set_text(script);
  const auto elapsed = std::chrono::steady_clock::now() - begin;
  const double ms = std::chrono::duration<double, std::milli>(elapsed).count() / kRounds;
  MESSAGE("colouring 300 lines: " << ms << " ms");
  CHECK(source.line_count() == 301);
  CHECK(source.numbers().size() == 200);
  // About 0.4 ms optimised and 4 ms unoptimised on one shared core: the bound catches a
  // quadratic slip, not a few percent.
  CHECK(ms < 20.0);
}
