// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Whole-file reads and crash-safe writes.

#include <filesystem>
#include <string>
#include <string_view>

namespace faultline {

/// The whole content of a file. \throws io_error naming the file and the reason.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

/// Writes `bytes` to a temporary file in the same directory, flushes it and
/// renames it over `path`: readers see the old file or the new one, never a
/// torn one. The temporary file is removed on failure. \throws io_error
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

}  // namespace faultline
