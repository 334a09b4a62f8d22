// SPDX-License-Identifier: Apache-2.0
#pragma once
// The sample scenario compiled into the binary, so the installed tool works from any directory.

#include <string_view>

namespace faultline::cli {

inline constexpr std::string_view bundled_sample_name = "<bundled>/baghdad-2024-01.yaml";

/// The text of samples/baghdad-2024-01.yaml at build time.
[[nodiscard]] std::string_view bundled_sample_text();

}  // namespace faultline::cli
