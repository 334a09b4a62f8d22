// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Binary snapshots of a graph (Boost.Serialization), for reloading fast.
///
/// Layout: a 32-byte header — the magic "FLTSNAP\0", the format version
/// (u32 LE), a reserved u32, the payload length (u64 LE), the CRC-32 of the
/// payload (u32 LE) and 4 reserved bytes — followed by the payload, a Boost
/// binary archive of `graph_data`. Binary archives are not portable across
/// architectures; a snapshot is a cache, the scenario is the source.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include <faultline/graph/graph.hpp>

namespace faultline {

/// Version 2 (faultline 0.2): plain objects (no Boost class information),
/// incidents with their event coding, actors with their merged names.
inline constexpr std::uint32_t snapshot_format_version = 2;
inline constexpr std::string_view snapshot_magic{"FLTSNAP\0", 8};

/// True when `bytes` starts with the snapshot magic.
[[nodiscard]] bool is_snapshot(std::string_view bytes) noexcept;

/// The snapshot of a graph, as bytes. O(size of the graph).
[[nodiscard]] std::string snapshot_bytes(const graph& g);

/// Writes a snapshot to a temporary file beside `path` and renames it over
/// `path`, so a crash never leaves a torn file. \throws io_error
void write_snapshot(const graph& g, const std::filesystem::path& path);

/// Reads a snapshot from bytes; `name` is used in messages.
/// \throws snapshot_error when the bytes are truncated, damaged (checksum),
///         of another format version, not a snapshot, or inconsistent.
[[nodiscard]] graph read_snapshot(std::string_view bytes, const std::string& name);

/// The content of a snapshot, decoded but not yet validated (the graph
/// constructor validates it); for loaders that add scenarios to it.
/// \throws snapshot_error as read_snapshot, except for inconsistency.
[[nodiscard]] graph_data read_snapshot_data(std::string_view bytes, const std::string& name);

/// Reads a snapshot file. \throws io_error, snapshot_error
[[nodiscard]] graph read_snapshot(const std::filesystem::path& path);

}  // namespace faultline
