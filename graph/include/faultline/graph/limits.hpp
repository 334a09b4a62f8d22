// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Bounds on what one input may ask of a reader (docs/limits.md). Exceeding
/// one is an error naming the limit and how to raise it, never an
/// allocation that fails.

#include <cstdint>
#include <string>

namespace faultline {

/// Default of input_limits::max_input_bytes: 4 GiB.
inline constexpr std::uint64_t default_max_input_bytes = std::uint64_t{4} << 30;
/// Default of input_limits::max_string_bytes: 1 MiB.
inline constexpr std::uint64_t default_max_string_bytes = std::uint64_t{1} << 20;

/// The limits a reader applies. 0 in a field means no limit.
struct input_limits {
  /// The size of an input that is read whole into memory: a scenario
  /// (YAML or JSON), a node list, and event data that cannot be mapped and
  /// is read whole (decompressed from gzip or zip, or from standard input,
  /// for the readers of ACLED and UCDP). Not applied to what is mapped or
  /// streamed (edge lists, GDELT rows), whose memory does not grow with the
  /// file's size, nor to snapshots, which are checked field by field as
  /// they are decoded (version 5 is mapped; version 4 is read whole).
  /// Command line: --max-input-size.
  std::uint64_t max_input_bytes = default_max_input_bytes;
  /// The length of one text value: a scalar or key of a scenario, a field
  /// of a CSV edge or node list, one line of GDELT data read in pieces
  /// (from a pipe, decompressed, or given as bytes in memory; a plain file
  /// is mapped and its lines are not copied). Command line:
  /// --max-string-length.
  std::uint64_t max_string_bytes = default_max_string_bytes;
};

/// A byte count for messages: "4 GiB", "1 MiB", "1536 KiB", "700 bytes".
[[nodiscard]] std::string size_text(std::uint64_t bytes);

/// The message for a text value over input_limits::max_string_bytes, e.g.
/// "a value of 2000000 bytes is longer than the limit of 1 MiB on one value
/// (raise it with --max-string-length, or input_limits::max_string_bytes)".
[[nodiscard]] std::string string_limit_message(const char* what, std::uint64_t length, std::uint64_t limit);

}  // namespace faultline
