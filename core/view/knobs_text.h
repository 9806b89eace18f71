// The knobs as text, "name=value" per line: what the playground autosaves in the browser (and
// what a share link will carry). Reading is forgiving: unknown names and bad values are skipped
// (a saved file from another version must never stop the page from loading), and values are
// clamped as the Session clamps them.
#pragma once

#include <string>
#include <string_view>

#include "core/view/session.h"

namespace looplab::view {

std::string knobs_to_text(const Knobs& knobs);
Knobs knobs_from_text(std::string_view text);

}  // namespace looplab::view
