// Date. (Builtins helper: placeholder until filled.)
#include "core/js/builtins/builtins.h"

namespace looplab::js {

void install_date(Realm&) {}

}  // namespace looplab::js
