// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private: the inputs of the event importers as users have them. A plain
// file is memory-mapped (the fast path, unchanged); a gzip file, a zip
// archive's member and standard input ("-", itself plain, gzip or zip) are
// decompressed with zlib, either whole into memory (the CSV formats, whose
// records may span lines and whose header comes first) or in pieces of whole
// lines (GDELT, one event per line), so a stream of any length imports in
// bounded memory. What a file is comes from its first bytes (gzip 1F 8B, zip
// "PK\3\4" or "PK\5\6"), never from its name.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "event_import.hpp"

#include <faultline/graph/limits.hpp>

namespace faultline::detail {

/// How an input's bytes are stored.
enum class input_compression : std::uint8_t { none, gzip, zip };

/// One input of an import: a file, a member of a zip archive, standard
/// input, or bytes in memory.
class event_input {
 public:
  /// Opens `path`: "-" is standard input; "ARCHIVE.zip:MEMBER" (when no
  /// file of that whole name exists) is one member of a zip archive.
  /// Reads the first bytes to tell plain, gzip and zip apart; a zip
  /// archive's directory is read here (its member is picked: the only file,
  /// or the only *.csv/*.tsv/*.txt file).
  /// \throws io_error (cannot open or read), parse_error (a damaged or
  ///         empty archive, or an archive of several files and none named).
  explicit event_input(const std::filesystem::path& path);
  /// Bytes in memory, read as they are (no decompression).
  event_input(std::string name, std::string_view bytes);
  ~event_input();
  event_input(const event_input&) = delete;
  event_input& operator=(const event_input&) = delete;

  /// The name for messages and provenance: the path as given, "<stdin>",
  /// or "ARCHIVE.zip:MEMBER" for a zip archive's member.
  [[nodiscard]] const std::string& name() const noexcept;
  [[nodiscard]] input_compression compression() const noexcept;
  /// True when the content is mapped or in memory as it is: whole() costs nothing.
  [[nodiscard]] bool in_place() const noexcept;
  /// The size progress is measured in: the file's bytes (compressed, for an
  /// archive); 0 for standard input (unknown).
  [[nodiscard]] std::uint64_t size() const noexcept;
  /// How much of size() has been read so far.
  [[nodiscard]] std::uint64_t consumed() const noexcept;

  /// The whole content: the mapping or the bytes in memory, or else
  /// decompressed (read) into a buffer this input owns (memory: the size
  /// of the content; when its size is not known in advance, up to about
  /// three times that for a moment while the buffer grows).
  /// \throws io_error, parse_error (a corrupt or truncated archive).
  [[nodiscard]] input_bytes whole();

  /// Reads the next piece of whole lines into `piece` (its earlier content
  /// replaced): about `target` bytes or more, ending at a line end; the
  /// last piece may end without one. False at the end of the input (and
  /// `piece` empty). Memory: the piece and the start of the next line.
  /// \throws io_error, parse_error (a corrupt or truncated archive, or a
  ///         line over the limit, see set_limits()).
  bool next_lines(std::string& piece, std::size_t target);

  /// The limits whole() and next_lines() apply: whole() refuses content
  /// read into memory (not in place) larger than max_input_bytes (io_error);
  /// next_lines() a line longer than max_string_bytes (parse_error naming
  /// the line). Default: input_limits{}.
  void set_limits(const input_limits& limits);

  class impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// Opens every file of an import (so a missing or damaged one fails before
/// anything is read).
[[nodiscard]] std::vector<std::unique_ptr<event_input>> open_event_inputs(
    const std::vector<std::filesystem::path>& files);

}  // namespace faultline::detail
