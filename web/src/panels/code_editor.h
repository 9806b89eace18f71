// The code editor: the scenario script with line numbers, colours, run highlights and errors.
//
// Why a hand-made widget: ImGui's InputTextMultiline draws text in one colour, and the playground
// needs token colours, the running callback's range, an error squiggle and draggable numbers.
// So the editor draws with ImDrawList in the code font and keeps its own caret, selection and
// undo history (core/view/source_text.h holds the pure parts: line index, colouring, numbers,
// UndoStack). It owns only the text; the lead's app decides when to re-run and what to highlight.
//
// Keys are read through ImGui 1.86's key map (ImGui::GetKeyIndex(ImGuiKey_*), io.KeyCtrl/KeyShift/
// KeyAlt/KeySuper) and typed text through io.InputQueueCharacters; Cmd works like Ctrl for
// shortcuts. The child window has ImGuiWindowFlags_NoNavInputs so Tab indents instead of moving
// keyboard focus to the next widget.
#pragma once

#include <cstdint>
#include <string>

#include "core/view/source_text.h"
#include "fonts.h"
#include "imgui.h"

namespace looplab::web {

struct EditorShortcut {
  const char* action;
  const char* keys;
};

// Every shortcut the editor understands, for the help popup.
inline constexpr EditorShortcut kEditorShortcuts[] = {
    {"Undo", "Ctrl+Z"},
    {"Redo", "Ctrl+Shift+Z / Ctrl+Y"},
    {"Copy / cut / paste", "Ctrl+C / Ctrl+X / Ctrl+V"},
    {"Select all", "Ctrl+A"},
    {"Indent / outdent", "Tab / Shift+Tab"},
    {"Move by word", "Ctrl+Left / Ctrl+Right"},
    {"Start / end of line", "Home / End"},
    {"Start / end of script", "Ctrl+Home / Ctrl+End"},
    {"Page up / down", "PageUp / PageDown"},
    {"Select while moving", "Shift + any move"},
    {"Select a word / line", "Double-click / triple-click"},
    {"Extend the selection", "Shift+click"},
    {"Change a number", "Alt+drag it left or right"},
    {"Delete the word before", "Ctrl+Backspace"},
};

class CodeEditor {
 public:
  // Replaces everything and clears the undo history (a new example, a restored session).
  void set_text(std::string text);
  const std::string& text() const { return m_source.text(); }
  // The line index, colours and numeric literals of the current text.
  const view::SourceText& source() const { return m_source; }

  // Draws the editor filling `size` (CSS pixels; 0 or less: the rest of the window, as
  // ImGui::BeginChild does) and handles input. True when the text changed since the last
  // draw, by the learner or through undo/redo/set_number (set_text does not count).
  bool draw(const char* id, ImVec2 size, const Fonts& fonts);

  // What the run says about the code.
  void set_running_range(int start, int end);                 // byte range of the running callback; -1: none
  void set_current_line(int line);                            // 1-based; 0: none
  void set_error(int line, int column, std::string message);  // 1-based, UTF-16 column
  void clear_error();
  void set_dimmed(bool dimmed);  // the run shown is stale (the script has a syntax error)
  // Brings a line into view on the next draw (e.g. when the cursor moves to another callback).
  void scroll_to_line(int line) { m_scroll_to_line = line; }

  // Editing from outside, each one undo step.
  bool undo();
  bool redo();
  bool can_undo() const { return m_undo.can_undo(); }
  bool can_redo() const { return m_undo.can_redo(); }
  // Rewrites the numeric literal `index` of source().numbers() with `value` (knobs panel).
  // Consecutive calls for the same literal merge into one undo step. False if nothing changed.
  bool set_number(std::size_t index, double value);
  // Ends a run of set_number calls (the knob was released), so the next one is a new step.
  void end_number_edit() { m_undo.break_run(); }

  view::TextSelection selection() const { return m_sel; }
  void set_selection(view::TextSelection selection);
  bool focused() const { return m_focused; }
  // Inserts ImGui's clipboard text over the selection (the page calls it when the browser pastes).
  void paste();

 private:
  // Editing.
  void replace(std::uint32_t start, std::uint32_t end, std::string_view inserted, view::EditKind kind,
               view::TextSelection after);
  void replace_selection(std::string_view inserted, view::EditKind kind);
  void insert_newline();
  void indent_lines(bool outdent);
  void backspace(bool word);
  void delete_forward(bool word);
  void copy(bool cut);
  void move_caret(std::uint32_t offset, bool extend);

  // Offsets.
  std::uint32_t prev_char(std::uint32_t offset) const;
  std::uint32_t next_char(std::uint32_t offset) const;
  std::uint32_t prev_word(std::uint32_t offset) const;
  std::uint32_t next_word(std::uint32_t offset) const;
  std::uint32_t selection_start() const { return m_sel.anchor < m_sel.caret ? m_sel.anchor : m_sel.caret; }
  std::uint32_t selection_end() const { return m_sel.anchor < m_sel.caret ? m_sel.caret : m_sel.anchor; }

  // Geometry (in the code font).
  float x_of(std::uint32_t offset) const;  // from the start of its line
  std::uint32_t offset_at(int line, float x) const;
  void measure(float font_size);

  // Input.
  void handle_keyboard(int visible_lines);
  void handle_mouse(ImVec2 text_origin, bool hovered, bool active);
  std::uint32_t offset_at_mouse(ImVec2 text_origin) const;

  view::SourceText m_source;
  view::UndoStack m_undo;
  view::TextSelection m_sel;
  float m_preferred_x = -1;  // the x Up/Down keep while crossing shorter lines; < 0: none
  bool m_changed = false;
  bool m_focused = false;
  bool m_scroll_to_caret = false;
  int m_scroll_to_line = 0;

  // Mouse gestures.
  bool m_selecting = false;
  int m_select_unit = 1;  // 1: characters, 2: words, 3: lines (by click count)
  view::TextSelection m_select_origin;
  bool m_dragging_number = false;
  std::uint32_t m_drag_literal_start = 0;
  double m_drag_value = 0;
  float m_drag_mouse_x = 0;
  double m_drag_step = 1;

  // Run highlights.
  int m_running_start = -1;
  int m_running_end = -1;
  int m_current_line = 0;
  bool m_has_error = false;
  int m_error_line = 0;
  int m_error_column = 0;
  std::string m_error_message;
  bool m_dimmed = false;

  // Measures, refreshed when the text or the font size changes.
  float m_font_size = 0;
  float m_line_height = 0;
  float m_space_width = 0;
  float m_widest_line = 0;
  bool m_measured = false;
  ImFont* m_font = nullptr;
  float m_visible_height = 0;
};

}  // namespace looplab::web
