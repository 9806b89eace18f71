// The code editor widget (see code_editor.h for why it draws its own text).
#include "panels/code_editor.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

#include "theme.h"

namespace looplab::web {

namespace {

using view::EditKind;
using view::SyntaxKind;
using view::TextSelection;

constexpr int kIndent = 2;                // spaces per indentation level
constexpr float kDragPixelsPerStep = 6;   // Alt+drag: pixels of mouse travel per step
constexpr float kSelectionAlpha = 0.35f;  // selection tint over the code
constexpr float kDimmedAlpha = 0.4f;      // run highlights when the run is stale

// Token colours: palette entries that read well on both themes' backgrounds.
const ImVec4& kind_colour(SyntaxKind kind, const Palette& p) {
  switch (kind) {
    case SyntaxKind::kKeyword:
      return p.phase_check;
    case SyntaxKind::kConstant:
    case SyntaxKind::kRegexp:
      return p.phase_close;
    case SyntaxKind::kCall:
      return p.phase_timers;
    case SyntaxKind::kProperty:
      return p.pool;
    case SyntaxKind::kString:
    case SyntaxKind::kTemplate:
      return p.phase_poll;
    case SyntaxKind::kNumber:
      return p.microtask;
    case SyntaxKind::kComment:
      return p.text_dim;
    case SyntaxKind::kInvalid:
      return p.error;
    case SyntaxKind::kPlain:
    case SyntaxKind::kIdentifier:
    case SyntaxKind::kPunctuation:
      break;
  }
  return p.text;
}

bool pressed(ImGuiKey key) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key));
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}
bool is_space_byte(unsigned char c) {
  return c == ' ' || c == '\t';
}
// 0: space, 1: word, 2: punctuation, 3: line break.
int byte_class(unsigned char c) {
  if (c == '\n' || c == '\r') return 3;
  if (is_space_byte(c)) return 0;
  return is_word_byte(c) ? 1 : 2;
}

void append_utf8(std::string& out, unsigned int c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Line endings become \n: the editor's lines and the engine's then agree byte for byte.
std::string normalise_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Where `offset` lands after [start, old_end) was replaced by text ending at new_end.
std::uint32_t shift_offset(std::uint32_t offset, std::uint32_t start, std::uint32_t old_end,
                           std::uint32_t new_end) {
  if (offset <= start) return offset;
  if (offset >= old_end) return offset - old_end + new_end;
  return new_end;
}

}  // namespace

// ---- state from outside -----------------------------------------------------------------------

void CodeEditor::set_text(std::string text) {
  m_source.set_text(normalise_newlines(text));
  m_undo.clear();
  m_sel = {};
  m_preferred_x = -1;
  m_measured = false;
  m_selecting = false;
  m_dragging_number = false;
  m_scroll_to_line = 1;  // a new script starts at its top
}

void CodeEditor::set_running_range(int start, int end) {
  m_running_start = start < 0 || end < start ? -1 : start;
  m_running_end = m_running_start < 0 ? -1 : end;
}

void CodeEditor::set_current_line(int line) {
  m_current_line = std::max(0, line);
}

void CodeEditor::set_error(int line, int column, std::string message) {
  m_has_error = true;
  m_error_line = line;
  m_error_column = column;
  m_error_message = std::move(message);
}

void CodeEditor::clear_error() {
  m_has_error = false;
  m_error_message.clear();
}

void CodeEditor::set_dimmed(bool dimmed) {
  m_dimmed = dimmed;
}

void CodeEditor::set_selection(TextSelection selection) {
  const auto size = static_cast<std::uint32_t>(text().size());
  m_sel = TextSelection{std::min(selection.anchor, size), std::min(selection.caret, size)};
  m_scroll_to_caret = true;
  m_undo.break_run();
}

bool CodeEditor::undo() {
  std::string t = text();
  TextSelection selection;
  if (!m_undo.undo(t, selection)) return false;
  m_source.set_text(std::move(t));
  set_selection(selection);
  m_changed = true;
  m_measured = false;
  return true;
}

bool CodeEditor::redo() {
  std::string t = text();
  TextSelection selection;
  if (!m_undo.redo(t, selection)) return false;
  m_source.set_text(std::move(t));
  set_selection(selection);
  m_changed = true;
  m_measured = false;
  return true;
}

bool CodeEditor::set_number(std::size_t index, double value) {
  if (index >= m_source.numbers().size()) return false;
  const view::NumberLiteral literal = m_source.numbers()[index];
  std::string next = view::replace_number(text(), literal, value);
  if (next == text()) return false;
  const std::size_t kept = text().size() - (literal.end - literal.start);
  const std::string inserted = next.substr(literal.start, next.size() - kept);
  const auto new_end = static_cast<std::uint32_t>(literal.start + inserted.size());
  const TextSelection after{shift_offset(m_sel.anchor, literal.start, literal.end, new_end),
                            shift_offset(m_sel.caret, literal.start, literal.end, new_end)};
  replace(literal.start, literal.end, inserted, EditKind::kDrag, after);
  m_scroll_to_caret = false;
  return true;
}

// ---- editing ----------------------------------------------------------------------------------

void CodeEditor::replace(std::uint32_t start, std::uint32_t end, std::string_view inserted, EditKind kind,
                         TextSelection after) {
  view::TextEdit edit;
  edit.start = start;
  edit.removed = text().substr(start, end - start);
  edit.inserted = std::string(inserted);
  edit.before = m_sel;
  edit.after = after;
  std::string t = text();
  t.replace(start, end - start, inserted);
  m_source.set_text(std::move(t));
  m_sel = after;
  m_undo.record(std::move(edit), kind);
  m_changed = true;
  m_measured = false;
  m_scroll_to_caret = true;
  m_preferred_x = -1;
}

void CodeEditor::replace_selection(std::string_view inserted, EditKind kind) {
  const std::uint32_t start = selection_start();
  const auto caret = static_cast<std::uint32_t>(start + inserted.size());
  replace(start, selection_end(), inserted, kind, TextSelection{caret, caret});
}

void CodeEditor::insert_newline() {
  const std::string& t = text();
  const std::uint32_t start = selection_start();
  const std::uint32_t line_start = m_source.line_start(m_source.line_of(start));
  std::uint32_t indent_end = line_start;
  while (indent_end < start && is_space_byte(static_cast<unsigned char>(t[indent_end]))) indent_end++;
  const std::string indent = t.substr(line_start, indent_end - line_start);
  // Look through spaces for the bracket just before the caret and the one just after.
  std::uint32_t before = start;
  while (before > line_start && is_space_byte(static_cast<unsigned char>(t[before - 1]))) before--;
  const char opener = before > line_start ? t[before - 1] : '\0';
  const std::uint32_t end = selection_end();
  const char closer = end < t.size() ? t[end] : '\0';
  std::string inserted = "\n" + indent;
  if (opener == '{' || opener == '(' || opener == '[') {
    inserted += std::string(kIndent, ' ');
    const bool pair = (opener == '{' && closer == '}') || (opener == '(' && closer == ')') ||
                      (opener == '[' && closer == ']');
    if (pair) {
      const auto caret = static_cast<std::uint32_t>(start + inserted.size());
      replace(start, end, inserted + "\n" + indent, EditKind::kOther, TextSelection{caret, caret});
      return;
    }
  }
  replace_selection(inserted, EditKind::kOther);
}

void CodeEditor::indent_lines(bool outdent) {
  const std::string& t = text();
  const std::uint32_t sel_start = selection_start();
  std::uint32_t sel_end = selection_end();
  const int first = m_source.line_of(sel_start);
  int last = m_source.line_of(sel_end);
  if (!outdent && first == last) {
    // A plain Tab: spaces up to the next indentation stop.
    const std::uint32_t column = sel_start - m_source.line_start(first);
    replace_selection(std::string(kIndent - column % kIndent, ' '), EditKind::kOther);
    return;
  }
  if (last > first && sel_end == m_source.line_start(last)) last--;  // the caret at a line's start
  const std::uint32_t block_start = m_source.line_start(first);
  const std::uint32_t block_end = m_source.line_end(last);
  struct Change {
    std::uint32_t at;  // the line's start in the old text
    int delta;         // spaces added (> 0) or removed (< 0)
  };
  std::vector<Change> changes;
  std::string block;
  for (int line = first; line <= last; ++line) {
    const std::uint32_t ls = m_source.line_start(line);
    const std::uint32_t le = m_source.line_end(line);
    int delta = 0;
    if (!outdent) {
      if (le > ls) delta = kIndent;
    } else {
      while (-delta < kIndent && ls - delta < le && t[ls - delta] == ' ') delta--;
      if (delta == 0 && ls < le && t[ls] == '\t') delta = -1;
    }
    changes.push_back(Change{ls, delta});
    if (delta > 0) block.append(static_cast<std::size_t>(delta), ' ');
    block.append(t, ls - static_cast<std::uint32_t>(std::min(delta, 0)),
                 le - ls - static_cast<std::uint32_t>(-std::min(delta, 0)));
    if (line < last) block.append(t, le, m_source.line_start(line + 1) - le);
  }
  auto map = [&changes](std::uint32_t offset) {
    std::int64_t result = offset;
    for (const Change& change : changes) {
      if (change.at > offset) break;
      if (change.delta > 0) {
        result += change.delta;
      } else {
        result -= std::min<std::int64_t>(-change.delta, offset - change.at);
      }
    }
    return static_cast<std::uint32_t>(result);
  };
  if (block == t.substr(block_start, block_end - block_start)) return;
  replace(block_start, block_end, block, EditKind::kOther,
          TextSelection{map(m_sel.anchor), map(m_sel.caret)});
}

void CodeEditor::backspace(bool word) {
  if (m_sel.anchor != m_sel.caret) {
    replace_selection("", EditKind::kOther);
    return;
  }
  const std::uint32_t caret = m_sel.caret;
  if (caret == 0) return;
  std::uint32_t start = word ? prev_word(caret) : prev_char(caret);
  if (!word) {
    // In the indentation, Backspace goes back to the previous indentation stop.
    const std::uint32_t line_start = m_source.line_start(m_source.line_of(caret));
    const std::string& t = text();
    bool all_spaces = caret > line_start;
    for (std::uint32_t i = line_start; i < caret && all_spaces; ++i) all_spaces = t[i] == ' ';
    if (all_spaces) {
      const std::uint32_t column = caret - line_start;
      start = caret - (column % kIndent == 0 ? kIndent : column % kIndent);
    }
  }
  replace(start, caret, "", EditKind::kDeleting, TextSelection{start, start});
}

void CodeEditor::delete_forward(bool word) {
  if (m_sel.anchor != m_sel.caret) {
    replace_selection("", EditKind::kOther);
    return;
  }
  const std::uint32_t caret = m_sel.caret;
  if (caret >= text().size()) return;
  replace(caret, word ? next_word(caret) : next_char(caret), "", EditKind::kDeleting,
          TextSelection{caret, caret});
}

void CodeEditor::copy(bool cut) {
  std::uint32_t start = selection_start();
  std::uint32_t end = selection_end();
  if (start == end) {
    // Nothing selected: the whole line, as most code editors do.
    const int line = m_source.line_of(start);
    start = m_source.line_start(line);
    end = line < m_source.line_count() ? m_source.line_start(line + 1)
                                       : static_cast<std::uint32_t>(text().size());
    if (start == end) return;
  }
  const std::string copied = text().substr(start, end - start);
  ImGui::SetClipboardText(copied.c_str());
  if (cut) replace(start, end, "", EditKind::kOther, TextSelection{start, start});
}

void CodeEditor::paste() {
  const char* clipboard = ImGui::GetClipboardText();
  if (clipboard == nullptr || *clipboard == '\0') return;
  replace_selection(normalise_newlines(clipboard), EditKind::kOther);
}

void CodeEditor::move_caret(std::uint32_t offset, bool extend) {
  m_sel.caret = offset;
  if (!extend) m_sel.anchor = offset;
  m_scroll_to_caret = true;
  m_undo.break_run();
}

// ---- offsets ----------------------------------------------------------------------------------

std::uint32_t CodeEditor::prev_char(std::uint32_t offset) const {
  const std::string& t = text();
  if (offset == 0) return 0;
  offset--;
  while (offset > 0 && (static_cast<unsigned char>(t[offset]) & 0xC0) == 0x80) offset--;
  return offset;
}

std::uint32_t CodeEditor::next_char(std::uint32_t offset) const {
  const std::string& t = text();
  if (offset >= t.size()) return static_cast<std::uint32_t>(t.size());
  offset++;
  while (offset < t.size() && (static_cast<unsigned char>(t[offset]) & 0xC0) == 0x80) offset++;
  return offset;
}

std::uint32_t CodeEditor::prev_word(std::uint32_t offset) const {
  const std::string& t = text();
  while (offset > 0 && byte_class(static_cast<unsigned char>(t[offset - 1])) == 0) offset--;
  if (offset == 0) return 0;
  const int kind = byte_class(static_cast<unsigned char>(t[offset - 1]));
  if (kind == 3) return offset - 1;
  while (offset > 0 && byte_class(static_cast<unsigned char>(t[offset - 1])) == kind) offset--;
  return offset;
}

std::uint32_t CodeEditor::next_word(std::uint32_t offset) const {
  const std::string& t = text();
  const auto size = static_cast<std::uint32_t>(t.size());
  while (offset < size && byte_class(static_cast<unsigned char>(t[offset])) == 0) offset++;
  if (offset >= size) return size;
  const int kind = byte_class(static_cast<unsigned char>(t[offset]));
  if (kind == 3) return offset + 1;
  while (offset < size && byte_class(static_cast<unsigned char>(t[offset])) == kind) offset++;
  return offset;
}

// ---- geometry ---------------------------------------------------------------------------------

void CodeEditor::measure(float font_size) {
  m_font_size = font_size;
  m_line_height = std::floor(font_size * 1.4f);
  m_space_width = m_font->CalcTextSizeA(font_size, FLT_MAX, 0, " ").x;
  m_widest_line = 0;
  for (int line = 1; line <= m_source.line_count(); ++line) {
    const std::string_view s = m_source.line_text(line);
    m_widest_line = std::max(m_widest_line,
                             m_font->CalcTextSizeA(font_size, FLT_MAX, 0, s.data(), s.data() + s.size()).x);
  }
  m_measured = true;
}

float CodeEditor::x_of(std::uint32_t offset) const {
  const std::uint32_t start = m_source.line_start(m_source.line_of(offset));
  const char* base = text().data();
  return m_font->CalcTextSizeA(m_font_size, FLT_MAX, 0, base + start, base + offset).x;
}

std::uint32_t CodeEditor::offset_at(int line, float x) const {
  const std::uint32_t end = m_source.line_end(line);
  std::uint32_t pos = m_source.line_start(line);
  const char* base = text().data();
  float left = 0;
  while (pos < end) {
    const std::uint32_t next = next_char(pos);
    const float width = m_font->CalcTextSizeA(m_font_size, FLT_MAX, 0, base + pos, base + next).x;
    if (x < left + width * 0.5f) break;
    left += width;
    pos = next;
  }
  return pos;
}

std::uint32_t CodeEditor::offset_at_mouse(ImVec2 text_origin) const {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (!ImGui::IsMousePosValid(&mouse)) return m_sel.caret;
  const int line = std::clamp(static_cast<int>(std::floor((mouse.y - text_origin.y) / m_line_height)) + 1, 1,
                              m_source.line_count());
  if (mouse.y < text_origin.y) return 0;
  return offset_at(line, mouse.x - text_origin.x);
}

// ---- input ------------------------------------------------------------------------------------

void CodeEditor::handle_keyboard(int visible_lines) {
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = (io.KeyCtrl || io.KeySuper) && !io.KeyAlt;  // Ctrl+Alt is AltGr: typing
  const bool word = io.KeyCtrl || io.KeyAlt;                    // Alt+arrows move by word on macOS
  const bool shift = io.KeyShift;
  const std::string& t = text();
  const auto size = static_cast<std::uint32_t>(t.size());
  const bool has_selection = m_sel.anchor != m_sel.caret;
  ImGui::CaptureKeyboardFromApp(true);

  if (ctrl) {
    if (pressed(ImGuiKey_Z)) {
      shift ? redo() : undo();
      return;
    }
    if (pressed(ImGuiKey_Y)) {
      redo();
      return;
    }
    if (pressed(ImGuiKey_A)) {
      m_sel = TextSelection{0, size};
      m_undo.break_run();
      return;
    }
    if (pressed(ImGuiKey_C)) copy(false);
    if (pressed(ImGuiKey_X)) copy(true);
    if (pressed(ImGuiKey_V)) paste();
  }

  const int line = m_source.line_of(m_sel.caret);
  auto vertical = [&](int target) {
    if (m_preferred_x < 0) m_preferred_x = x_of(m_sel.caret);
    const float keep = m_preferred_x;
    std::uint32_t offset = target < 1 ? 0 : target > m_source.line_count() ? size : offset_at(target, keep);
    move_caret(offset, shift);
    m_preferred_x = keep;
  };
  if (pressed(ImGuiKey_LeftArrow)) {
    m_preferred_x = -1;
    if (has_selection && !shift) {
      move_caret(selection_start(), false);
    } else {
      move_caret(word ? prev_word(m_sel.caret) : prev_char(m_sel.caret), shift);
    }
  }
  if (pressed(ImGuiKey_RightArrow)) {
    m_preferred_x = -1;
    if (has_selection && !shift) {
      move_caret(selection_end(), false);
    } else {
      move_caret(word ? next_word(m_sel.caret) : next_char(m_sel.caret), shift);
    }
  }
  if (pressed(ImGuiKey_UpArrow)) vertical(line - 1);
  if (pressed(ImGuiKey_DownArrow)) vertical(line + 1);
  if (pressed(ImGuiKey_PageUp)) vertical(std::max(1, line - visible_lines));
  if (pressed(ImGuiKey_PageDown)) vertical(std::min(m_source.line_count(), line + visible_lines));
  if (pressed(ImGuiKey_Home)) {
    m_preferred_x = -1;
    if (io.KeyCtrl || io.KeySuper) {
      move_caret(0, shift);
    } else {
      // First to the code, then to the very start of the line.
      const std::uint32_t start = m_source.line_start(line);
      std::uint32_t code = start;
      while (code < m_source.line_end(line) && is_space_byte(static_cast<unsigned char>(t[code]))) code++;
      move_caret(m_sel.caret == code ? start : code, shift);
    }
  }
  if (pressed(ImGuiKey_End)) {
    m_preferred_x = -1;
    move_caret((io.KeyCtrl || io.KeySuper) ? size : m_source.line_end(line), shift);
  }
  if (pressed(ImGuiKey_Escape) && has_selection) move_caret(m_sel.caret, false);
  if (pressed(ImGuiKey_Backspace)) backspace(word);
  if (pressed(ImGuiKey_Delete)) delete_forward(word);
  if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) insert_newline();
  if (pressed(ImGuiKey_Tab) && !io.KeyCtrl) {
    indent_lines(shift);  // with several lines selected, Tab indents them all
  }

  if (ctrl || io.InputQueueCharacters.Size == 0) return;
  std::string typed;
  for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
    const unsigned int c = io.InputQueueCharacters[i];
    if (c < 0x20 || c == 0x7F) continue;  // Enter and Tab arrive as keys
    append_utf8(typed, c);
  }
  if (typed.empty()) return;
  if (typed == "}") {
    // A closing brace alone on its line goes back one indentation level.
    const std::uint32_t start = selection_start();
    const std::uint32_t line_start = m_source.line_start(m_source.line_of(start));
    bool blank = start - line_start >= kIndent;
    for (std::uint32_t i = line_start; i < start && blank; ++i) blank = text()[i] == ' ';
    if (blank && start == selection_end()) {
      replace(start - kIndent, start, "}", EditKind::kOther,
              TextSelection{start - kIndent + 1, start - kIndent + 1});
      return;
    }
  }
  replace_selection(typed, EditKind::kTyping);
}

void CodeEditor::handle_mouse(ImVec2 text_origin, bool hovered, bool active) {
  ImGuiIO& io = ImGui::GetIO();
  const std::string& t = text();
  const auto size = static_cast<std::uint32_t>(t.size());

  // Alt over a number: it can be dragged.
  const std::uint32_t under_mouse = offset_at_mouse(text_origin);
  const view::NumberLiteral* number = hovered ? m_source.number_at(under_mouse) : nullptr;
  if (number != nullptr && under_mouse == number->end && number->end > 0) number = nullptr;
  if (m_dragging_number || (io.KeyAlt && number != nullptr)) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  } else if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  }

  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    if (io.KeyAlt && number != nullptr) {
      m_dragging_number = true;
      m_drag_literal_start = number->start;
      m_drag_value = number->value;
      m_drag_step = view::number_drag_step(*number);
      m_drag_mouse_x = io.MousePos.x;
      m_undo.break_run();
      return;
    }
    m_undo.break_run();
    m_preferred_x = -1;
    m_selecting = true;
    // The gutter ends half a space before the text's unscrolled origin.
    const bool in_gutter = io.MousePos.x < text_origin.x + ImGui::GetScrollX() - m_space_width * 0.5f;
    m_select_unit =
        in_gutter ? 3 : std::clamp(static_cast<int>(io.MouseClickedCount[ImGuiMouseButton_Left]), 1, 3);
    if (io.KeyShift && m_select_unit == 1) {
      m_select_origin = TextSelection{m_sel.anchor, m_sel.anchor};
    } else {
      m_select_origin = TextSelection{under_mouse, under_mouse};
    }
  }

  if (m_dragging_number) {
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      m_dragging_number = false;
      m_undo.break_run();
      return;
    }
    const view::NumberLiteral* literal = m_source.number_at(m_drag_literal_start);
    if (literal == nullptr) literal = m_source.number_at(m_drag_literal_start + 1);  // wrapped in ( )
    if (literal == nullptr) {
      m_dragging_number = false;
      return;
    }
    const double steps = std::round((io.MousePos.x - m_drag_mouse_x) / kDragPixelsPerStep);
    const double value = m_drag_value + steps * m_drag_step;
    const auto index = static_cast<std::size_t>(literal - m_source.numbers().data());
    if (value != literal->value) {
      set_number(index, value);
      ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    }
    return;
  }

  if (!m_selecting) return;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) || (!active && !hovered && !ImGui::IsMouseDragging(0))) {
    m_selecting = false;
    return;
  }
  // Extend from where the press started, by characters, words or lines.
  std::uint32_t from = m_select_origin.anchor;
  std::uint32_t to = under_mouse;
  auto word_start = [&](std::uint32_t offset) {
    if (offset > 0 && (offset >= size || byte_class(static_cast<unsigned char>(t[offset])) == 3)) offset--;
    const int kind = offset < size ? byte_class(static_cast<unsigned char>(t[offset])) : 3;
    if (kind == 3) return offset;
    while (offset > 0 && byte_class(static_cast<unsigned char>(t[offset - 1])) == kind) offset--;
    return offset;
  };
  auto word_end = [&](std::uint32_t offset) {
    if (offset > 0 && (offset >= size || byte_class(static_cast<unsigned char>(t[offset])) == 3) &&
        byte_class(static_cast<unsigned char>(t[offset - 1])) != 3)
      offset--;
    const int kind = offset < size ? byte_class(static_cast<unsigned char>(t[offset])) : 3;
    if (kind == 3) return offset;
    while (offset < size && byte_class(static_cast<unsigned char>(t[offset])) == kind) offset++;
    return offset;
  };
  auto line_begin = [&](std::uint32_t offset) { return m_source.line_start(m_source.line_of(offset)); };
  auto line_after = [&](std::uint32_t offset) {
    const int line = m_source.line_of(offset);
    return line < m_source.line_count() ? m_source.line_start(line + 1) : size;
  };
  if (m_select_unit == 2) {
    if (to < from) {
      from = word_end(from);
      to = word_start(to);
    } else {
      from = word_start(from);
      to = word_end(to);
    }
  } else if (m_select_unit == 3) {
    if (to < from) {
      from = line_after(from);
      to = line_begin(to);
    } else {
      from = line_begin(from);
      to = line_after(to);
    }
  }
  m_sel = TextSelection{from, to};
  // Dragging past the top or bottom edge scrolls.
  const float top = ImGui::GetWindowPos().y;
  const float bottom = top + m_visible_height;
  if (io.MousePos.y < top) ImGui::SetScrollY(ImGui::GetScrollY() - m_line_height);
  if (io.MousePos.y > bottom) ImGui::SetScrollY(ImGui::GetScrollY() + m_line_height);
}

// ---- drawing ----------------------------------------------------------------------------------

bool CodeEditor::draw(const char* id, ImVec2 size, const Fonts& fonts) {
  const Palette& p = palette();
  ImGui::PushFont(fonts.code);
  m_font = ImGui::GetFont();
  if (!m_measured || ImGui::GetFontSize() != m_font_size) measure(ImGui::GetFontSize());

  const float footer = m_has_error ? ImGui::GetFrameHeightWithSpacing() : 0;
  const ImVec2 child_size(size.x, size.y != 0 ? size.y - footer : -footer);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const bool open = ImGui::BeginChild(
      id, child_size, false,
      ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar();
  if (open) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 win = ImGui::GetWindowPos();
    const ImVec2 region_min = ImGui::GetWindowContentRegionMin();
    const ImVec2 region_max = ImGui::GetWindowContentRegionMax();
    const float visible_w = region_max.x - region_min.x;
    const float visible_h = region_max.y - region_min.y;
    m_visible_height = visible_h;
    const float lh = m_line_height;
    const float space = m_space_width;
    const int lines = m_source.line_count();
    int digits = 2;
    for (int n = lines; n >= 100; n /= 10) digits++;
    const float gutter = space * static_cast<float>(digits + 3);
    const float pad = space * 0.5f;
    const float scroll_x = ImGui::GetScrollX();
    const float scroll_y = ImGui::GetScrollY();
    const ImVec2 origin(win.x + gutter + pad - scroll_x, win.y + pad - scroll_y);

    // Input first, so this frame draws its result.
    const float content_w = gutter + pad + m_widest_line + space * 4;
    const float content_h = static_cast<float>(lines) * lh + visible_h * 0.5f;
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::InvisibleButton("##code", ImVec2(std::max(content_w, std::max(visible_w, 1.0f)),
                                            std::max(content_h, std::max(visible_h, 1.0f))));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    m_focused = ImGui::IsWindowFocused();
    handle_mouse(origin, hovered, active);
    if (m_focused) handle_keyboard(std::max(1, static_cast<int>(visible_h / lh) - 1));
    if (!m_measured) measure(m_font_size);

    // Keep the caret (or a requested line) in view.
    if (m_scroll_to_caret) {
      m_scroll_to_caret = false;
      const float y = static_cast<float>(m_source.line_of(m_sel.caret) - 1) * lh;
      if (y < scroll_y) ImGui::SetScrollY(y);
      if (y + lh + pad * 2 > scroll_y + visible_h) ImGui::SetScrollY(y + lh + pad * 2 - visible_h);
      const float x = gutter + pad + x_of(m_sel.caret);
      if (x - scroll_x < gutter + pad) ImGui::SetScrollX(std::max(0.0f, x - gutter - pad - space * 4));
      if (x - scroll_x > visible_w - space * 2) ImGui::SetScrollX(x - visible_w + space * 4);
    }
    if (m_scroll_to_line > 0) {
      const float y = static_cast<float>(std::min(m_scroll_to_line, lines) - 1) * lh;
      if (y < scroll_y || y + lh > scroll_y + visible_h)
        ImGui::SetScrollY(std::max(0.0f, y - visible_h * 0.3f));
      m_scroll_to_line = 0;
    }

    const float run_alpha = m_dimmed ? kDimmedAlpha : 1.0f;
    const int first = std::max(1, static_cast<int>((scroll_y - pad) / lh) + 1);
    const int last = std::min(lines, static_cast<int>((scroll_y + visible_h) / lh) + 1);
    const std::uint32_t sel_start = selection_start();
    const std::uint32_t sel_end = selection_end();
    const std::string& t = text();
    const ImVec2 clip_min(win.x + gutter, win.y);
    const ImVec2 clip_max(win.x + region_max.x, win.y + region_max.y);
    const float right = clip_max.x;
    std::uint32_t error_offset = 0;
    std::uint32_t error_end = 0;
    if (m_has_error && m_error_line >= 1 && m_error_line <= lines) {
      error_offset = m_source.offset_of(m_error_line, m_error_column);
      const std::size_t span = m_source.first_span_after(error_offset);
      error_end = next_char(error_offset);
      if (span < m_source.spans().size() && m_source.spans()[span].start <= error_offset)
        error_end = std::min(m_source.spans()[span].end, m_source.line_end(m_error_line));
    }

    draw->PushClipRect(clip_min, clip_max, true);
    for (int line = first; line <= last; ++line) {
      const float y = origin.y + static_cast<float>(line - 1) * lh;
      const std::uint32_t ls = m_source.line_start(line);
      const std::uint32_t le = m_source.line_end(line);
      auto x_at = [&](std::uint32_t offset) {
        return origin.x + m_font->CalcTextSizeA(m_font_size, FLT_MAX, 0, t.data() + ls, t.data() + offset).x;
      };
      if (line == m_current_line)
        draw->AddRectFilled(ImVec2(clip_min.x, y), ImVec2(right, y + lh),
                            color_u32(p.highlight, 0.6f * run_alpha));
      if (m_running_start >= 0 && static_cast<std::uint32_t>(m_running_start) <= le &&
          static_cast<std::uint32_t>(m_running_end) > ls) {
        const auto rs = static_cast<std::uint32_t>(m_running_start);
        const auto re = static_cast<std::uint32_t>(m_running_end);
        const float x0 = rs > ls ? x_at(rs) : origin.x;
        const float x1 = re <= le ? x_at(re) : x_at(le) + space;
        draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + lh), color_u32(p.highlight, run_alpha));
        draw->AddRectFilled(ImVec2(win.x + gutter - 3, y), ImVec2(win.x + gutter - 1, y + lh),
                            color_u32(p.accent, run_alpha));
      }
      if (sel_start != sel_end && sel_start <= le && sel_end > ls) {
        const float x0 = sel_start > ls ? x_at(sel_start) : origin.x;
        const float x1 = sel_end <= le ? x_at(sel_end) : x_at(le) + space * 0.5f;
        draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + lh), color_u32(p.phase_timers, kSelectionAlpha));
      }

      // The text, one run per colour.
      const float text_y = y + (lh - m_font_size) * 0.5f;
      std::size_t span = m_source.first_span_after(ls);
      std::uint32_t pos = ls;
      float x = origin.x;
      while (pos < le) {
        std::uint32_t run_end = le;
        SyntaxKind kind = SyntaxKind::kPlain;
        if (span < m_source.spans().size()) {
          const view::SyntaxSpan& s = m_source.spans()[span];
          if (s.start <= pos) {
            kind = s.kind;
            run_end = std::min(s.end, le);
            if (s.end <= le) span++;
          } else {
            run_end = std::min(s.start, le);
          }
        }
        const char* b = t.data() + pos;
        const char* e = t.data() + run_end;
        draw->AddText(m_font, m_font_size, ImVec2(x, text_y), color_u32(kind_colour(kind, p)), b, e);
        x += m_font->CalcTextSizeA(m_font_size, FLT_MAX, 0, b, e).x;
        if (x > right) break;
        pos = run_end;
      }

      if (m_has_error && line == m_error_line) {
        const float x0 = x_at(error_offset);
        const float x1 = error_end > error_offset ? x_at(error_end) : x0 + space;
        const float base = y + lh - 2.5f;
        ImVec2 points[256];
        int count = 0;
        for (float px = x0; px <= x1 + 0.01f && count < 256; px += 2.5f, ++count)
          points[count] = ImVec2(px, base + ((count & 1) ? 2.0f : 0.0f));
        if (count >= 2) draw->AddPolyline(points, count, color_u32(p.error), 0, 1.2f);
        // The message again at the end of the line, where the eye already is.
        const float end_x = std::max(x, x_at(le)) + space * 3;
        if (!m_error_message.empty() && end_x < right)
          draw->AddText(m_font, m_font_size, ImVec2(end_x, text_y), color_u32(p.error, 0.75f),
                        m_error_message.c_str());
      }
      if (m_focused && m_source.line_of(m_sel.caret) == line) {
        const float cx = x_at(m_sel.caret);
        draw->AddRectFilled(ImVec2(cx, y + 1), ImVec2(cx + 1.5f, y + lh - 1), color_u32(p.text));
      }
    }
    draw->PopClipRect();

    // The gutter: line numbers, the error mark, the running lines' bar (drawn above).
    char number[16];
    for (int line = first; line <= last; ++line) {
      const float y = origin.y + static_cast<float>(line - 1) * lh;
      const bool is_error = m_has_error && line == m_error_line;
      std::snprintf(number, sizeof number, "%d", line);
      const float width = m_font->CalcTextSizeA(m_font_size, FLT_MAX, 0, number).x;
      const ImVec4& colour = is_error ? p.error : line == m_current_line ? p.text : p.text_dim;
      draw->AddText(m_font, m_font_size,
                    ImVec2(win.x + gutter - space * 1.2f - width, y + (lh - m_font_size) * 0.5f),
                    color_u32(colour), number);
      if (is_error)
        draw->AddCircleFilled(ImVec2(win.x + space * 0.8f, y + lh * 0.5f), lh * 0.18f, color_u32(p.error));
    }

    // The error message on hover over its line.
    if (m_has_error && hovered && !m_error_message.empty()) {
      const float mouse_y = ImGui::GetIO().MousePos.y;
      const int hovered_line = static_cast<int>(std::floor((mouse_y - origin.y) / lh)) + 1;
      if (hovered_line == m_error_line) {
        ImGui::BeginTooltip();
        ImGui::PushStyleColor(ImGuiCol_Text, p.error);
        ImGui::TextUnformatted(m_error_message.c_str());
        ImGui::PopStyleColor();
        ImGui::EndTooltip();
      }
    }
  }
  ImGui::EndChild();

  // The error, always visible under the code.
  if (m_has_error) {
    char where[40];
    std::snprintf(where, sizeof where, "Line %d, column %d: ", m_error_line, m_error_column);
    const std::string line = where + m_error_message;
    ImGui::PushStyleColor(ImGuiCol_Text, p.error);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemClicked()) scroll_to_line(m_error_line);
  }
  ImGui::PopFont();

  const bool changed = m_changed;
  m_changed = false;
  return changed;
}

}  // namespace looplab::web
