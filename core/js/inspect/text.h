// The text rules of util.inspect that do not depend on objects: how a string is quoted and
// escaped (node's strEscape: single quotes preferred, then double quotes, then backticks), which
// keys print bare, how wide a piece of text is on a terminal (getStringWidth, used to align
// grouped array columns), ANSI colour codes, and the ISO form of a date.
//
// Everything works on UTF-16 text, because node measures with `.length` (UTF-16 units) and the
// layout rules compare those lengths with breakLength.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace looplab::js::inspect_text {

// An ASCII literal as UTF-16.
std::u16string ascii(std::string_view text);

// A string as util.inspect prints it nested: quoted and escaped (strEscape).
std::u16string quote(std::u16string_view text);

// Escapes control characters, the single quote, the backslash and lone surrogates without adding
// quotes (how symbol keys and non-enumerable keys are printed: `[Symbol(a\'b)]`).
std::u16string escape_sequences(std::u16string_view text);

// A key that prints bare (/^[a-zA-Z_][a-zA-Z_0-9]*$/); others are quoted.
bool is_plain_key(std::u16string_view key);

// Terminal columns (node's getStringWidth with removeControlChars = false): wide East Asian
// characters and emoji count 2, controls and combining marks 0.
std::size_t display_width(std::u16string_view text);

// The text without ANSI colour sequences (ESC [ ... m), for measuring coloured output.
std::u16string strip_colors(std::u16string_view text);

// Wraps text in the ANSI colour of a style ("number", "string", "special", ...) as node's
// stylizeWithColor does; unknown styles are returned unchanged.
std::u16string colorize(std::u16string_view text, std::string_view style);

// Date.prototype.toISOString of a time value (ms since the epoch, finite).
std::u16string date_iso_string(double time);

}  // namespace looplab::js::inspect_text
