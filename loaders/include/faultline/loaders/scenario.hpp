// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Scenario files (YAML, or JSON under the same schema) in and out.
/// The schema is documented in docs/scenario-format.md.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/limits.hpp>

namespace faultline {

/// The scenario format version this library reads and writes.
inline constexpr int scenario_format_version = 1;

/// One input: a name for messages (usually the path) and its bytes.
struct named_input {
  std::string name;
  std::string bytes;
};

/// Loads inputs in order into one graph. Each input is a scenario (YAML or
/// JSON) or a snapshot (recognised by its magic; only the first input may be
/// a snapshot). Later scenarios add to earlier ones: an actor may be repeated
/// to add aliases, tags and sources, but a conflicting definition (another
/// kind, name, category or country), a repeated incident that differs, or a
/// repeated id within one file is an error. Nothing is returned half-built.
///
/// YAML is read with libyaml's event parser and JSON with nlohmann-json's
/// SAX parser, one top-level item at a time, so memory is the graph plus
/// one item (see docs/scenario-format.md §10 and the limits in §16). A
/// value (scalar or key) longer than limits.max_string_bytes is an error.
///
/// Complexity: linear in the size of the inputs.
/// \throws parse_error (file:line:column, what was expected; also when a
///         limit is exceeded or memory runs out), snapshot_error
[[nodiscard]] graph load_inputs(const std::vector<named_input>& inputs, const input_limits& limits = {});

/// Reads the files and calls load_inputs; a file over limits.max_input_bytes
/// is refused before it is read (a snapshot is not: it is checked as it is
/// decoded, and given alone it is mapped, not read). \throws io_error,
/// parse_error, snapshot_error
[[nodiscard]] graph load_files(const std::vector<std::filesystem::path>& paths, const input_limits& limits = {});

/// Something in a scenario that loads but is probably a mistake.
struct load_warning {
  source_location where;  ///< file, line and column (1-based) of the offending value
  std::string message;    ///< e.g. "alias \"US\" of actor \"usa-2\" is also an alias of actor \"usa\" (at a.yaml:4:23)"

  /// "file:line:column: message".
  [[nodiscard]] std::string text() const;
};

/// A loaded graph and the warnings raised while reading it.
struct loaded_scenarios {
  graph g;
  std::vector<load_warning> warnings;
};

/// load_inputs(), also returning the warnings, in input order:
/// - an alias given twice for one actor (the repeat is dropped);
/// - an alias that folds (see fold_name()) to the same key as an alias of
///   another actor, which makes looking that name up find both actors.
/// \throws as load_inputs()
[[nodiscard]] loaded_scenarios load_inputs_with_warnings(const std::vector<named_input>& inputs,
                                                         const input_limits& limits = {});

/// load_files(), also returning the warnings (see load_inputs_with_warnings()).
/// \throws io_error, parse_error, snapshot_error
[[nodiscard]] loaded_scenarios load_files_with_warnings(const std::vector<std::filesystem::path>& paths,
                                                        const input_limits& limits = {});

/// Output syntax of write_scenario.
enum class scenario_syntax { yaml, json };

/// Writes a graph as a scenario that load_inputs reads back to an equal
/// graph_data (round trip). Complexity: linear in the size of the graph.
[[nodiscard]] std::string write_scenario(const graph& g, scenario_syntax syntax);

}  // namespace faultline
