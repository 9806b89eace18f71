// The script as the code editor sees it: lines, colours, numbers, and the edit history.
//
// Why one model beside the engine: the editor redraws every frame and re-lexes after every key, so
// it needs a line index (byte offset <-> line and column), colour spans and the numeric literals
// in a form it can query in microseconds. Colours come from the engine's own lexer, so what the
// learner sees agrees with what the parser will say; comments (which the lexer skips) are found in
// the gaps between tokens. Broken code is normal here (the learner is mid-edit): an invalid token
// is coloured as such and lexing resumes after it; if the lexer cannot move on, the rest stays
// plain.
//
// Lines and columns follow the engine: lines are 1-based and end at \n, \r\n, \r, U+2028 or
// U+2029; columns are 1-based UTF-16 code units, as V8 reports them in errors and stack traces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::view {

enum class SyntaxKind : std::uint8_t {
  kPlain,        // whitespace and text the lexer could not reach
  kKeyword,      // reserved words and the contextual ones that read as keywords (let, async, await)
  kConstant,     // true, false, null, undefined, this, NaN, Infinity
  kIdentifier,   // a name
  kCall,         // a name directly followed by '(' (a function being called or declared)
  kProperty,     // a name after '.' or '?.', and private names
  kString,       // '...' and "..."
  kTemplate,     // the literal parts of `...${ }...`
  kNumber,       // numeric literals
  kComment,      // // and /* */ comments, and a hashbang line
  kRegexp,       // a regular expression literal (the engine rejects them, but they are coloured)
  kPunctuation,  // operators, brackets, separators
  kInvalid,      // a token the lexer rejected
};

struct SyntaxSpan {
  std::uint32_t start = 0;  // byte offset
  std::uint32_t end = 0;    // byte offset just past the span
  SyntaxKind kind = SyntaxKind::kPlain;
};

enum class NumberBase : std::uint8_t { kDecimal, kHex, kOctal, kBinary };

// One numeric literal of the script, with a leading unary minus folded in (`x = -5` has the
// literal "-5", `a - 5` has "5").
struct NumberLiteral {
  std::uint32_t start = 0;  // byte offset (of the '-' when negative)
  std::uint32_t end = 0;
  double value = 0;
  NumberBase base = NumberBase::kDecimal;
  bool integral = true;     // written without '.' or exponent (hex, octal, binary always are)
  bool exponent = false;    // written with e/E
  bool separators = false;  // written with '_' separators
  bool upper = false;       // hex digits (or the base prefix) written in upper case
  int decimals = 0;         // digits after the '.' (0 when none)
  int line = 1;             // 1-based line of the first digit
};

class SourceText {
 public:
  SourceText() { rebuild(); }
  explicit SourceText(std::string text) : m_text(std::move(text)) { rebuild(); }

  // Replaces the text and rebuilds the line index, the spans and the numbers.
  void set_text(std::string text);
  const std::string& text() const { return m_text; }

  // Lines.
  int line_count() const { return static_cast<int>(m_line_starts.size()); }
  std::uint32_t line_start(int line) const;  // byte offset of a 1-based line (clamped)
  std::uint32_t line_end(int line) const;    // byte offset of its terminator (or of the end)
  std::string_view line_text(int line) const;
  int line_of(std::uint32_t offset) const;    // 1-based line holding a byte offset
  int column_of(std::uint32_t offset) const;  // 1-based UTF-16 column of a byte offset
  // The byte offset of a 1-based line and UTF-16 column; columns past the end clamp to it.
  std::uint32_t offset_of(int line, int column) const;

  // Colouring: spans sorted by start, not overlapping; gaps between them are plain.
  const std::vector<SyntaxSpan>& spans() const { return m_spans; }
  // Index of the first span that ends after `offset` (spans().size() if none).
  std::size_t first_span_after(std::uint32_t offset) const;

  // Numeric literals, in source order.
  const std::vector<NumberLiteral>& numbers() const { return m_numbers; }
  // The literal whose span holds `offset` (its end included), or nullptr.
  const NumberLiteral* number_at(std::uint32_t offset) const;

 private:
  void rebuild();
  void index_lines();
  void colour();

  std::string m_text;
  std::vector<std::uint32_t> m_line_starts;
  std::vector<SyntaxSpan> m_spans;
  std::vector<NumberLiteral> m_numbers;
};

// The literal rewritten with `value` in the literal's own style: integers stay integral (the
// value is rounded), hex stays hex (and octal, binary), exponent form stays exponent form, '_'
// separators are kept for decimal integers. A negative value after a '+' or '-' is put in
// parentheses so `a-5` does not become `a--6`. Not finite values leave the text unchanged.
std::string format_number(const NumberLiteral& literal, double value);
std::string replace_number(std::string_view text, const NumberLiteral& literal, double value);
// How much one step of dragging changes the literal: about a tenth of its magnitude for integers
// (at least 1), one unit of its last written decimal for fractions.
double number_drag_step(const NumberLiteral& literal);

// A selection in byte offsets: `caret` moves, `anchor` stays; equal when nothing is selected.
struct TextSelection {
  std::uint32_t anchor = 0;
  std::uint32_t caret = 0;
  bool operator==(const TextSelection&) const = default;
};

// One change to the text: `removed` at `start` became `inserted`.
struct TextEdit {
  std::uint32_t start = 0;
  std::string removed;
  std::string inserted;
  TextSelection before;  // the selection before the edit (restored by undo)
  TextSelection after;   // and after it (restored by redo)
};

enum class EditKind : std::uint8_t {
  kTyping,    // one typed character: runs of them merge into one undo step
  kDeleting,  // one Backspace/Delete of a character: runs merge likewise
  kDrag,      // a number being dragged: replacements of the same literal merge
  kOther,     // paste, cut, indent, newline...: always its own step
};

// Undo/redo history. Pure: it never owns the text, it is handed it to change.
class UndoStack {
 public:
  // Records an edit already applied to the text. Clears the redo side.
  void record(TextEdit edit, EditKind kind);
  // Ends the current run of typing (the caret moved, the editor lost focus, a drag ended).
  void break_run() { m_open = false; }
  void clear();

  bool can_undo() const { return !m_undo.empty(); }
  bool can_redo() const { return !m_redo.empty(); }
  std::size_t undo_size() const { return m_undo.size(); }
  // Reverts the last step on `text` and gives the selection to restore; false when there is none.
  bool undo(std::string& text, TextSelection& selection);
  bool redo(std::string& text, TextSelection& selection);

 private:
  bool merge(const TextEdit& edit, EditKind kind);

  static constexpr std::size_t kMaxSteps = 1000;
  std::vector<TextEdit> m_undo;
  std::vector<TextEdit> m_redo;
  EditKind m_last_kind = EditKind::kOther;
  bool m_open = false;  // the last step may still grow
};

}  // namespace looplab::view
