#include "diag/messages.h"

namespace regimen::msg {

// Taking each message's `text` makes the compiler check its wording against
// its argument types here, even before any call site uses it.
#define MESSAGE(name, code, wording, ...) [[maybe_unused]] static constexpr auto name##_checked = &name::text;
#include "diag/messages.def"
#undef MESSAGE

std::vector<MessageInfo> all_messages() {
  return {
#define MESSAGE(name, code, wording, ...) {#name, DiagCode::code, wording},
#include "diag/messages.def"
#undef MESSAGE
  };
}

}  // namespace regimen::msg
