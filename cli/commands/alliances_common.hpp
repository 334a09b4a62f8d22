// SPDX-License-Identifier: Apache-2.0
#pragma once
// What `alliances`, `balance` and `tensions` share: the flags that build the
// signed actor graph (--layer, --window, --kind) and search for blocs (--k,
// --exact, --heuristic, --seed, ...), loading from a scenario or --edges,
// and the text, JSON and DOT of nodes, ties and the facts behind them.

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

/// The flags of the three commands.
struct signed_cli_options {
  std::vector<std::string> layers;  ///< --layer: relation types and/or "incidents"
  std::string window;               ///< --window FROM..TO
  std::vector<std::string> kinds;   ///< --kind state,group,person
  bool unweighted = false;          ///< --unweighted: every tie counts 1
  std::string k = "auto";           ///< --k N|auto
  bool exact = false;               ///< --exact
  bool heuristic = false;           ///< --heuristic
  bloc_options blocs;               ///< seed, restarts, alpha, limits (defaults from the library)
  /// --relation-rule TYPE=SIGN[:FACTOR], in the order given (a later one for the same type wins).
  std::vector<std::string> relation_rules;
  /// --incident-rule ROLE-ROLE=SIGN[:WEIGHT], in the order given.
  std::vector<std::string> incident_rules;
  bool no_default_incident_rules = false;  ///< --no-default-incident-rules
  std::size_t min_events = 1;              ///< --min-events N
};

/// Adds --layer, --window, --kind, --unweighted and the aggregation rule flags
/// (--relation-rule, --incident-rule, --no-default-incident-rules), and --min-events.
void add_signed_graph_flags(CLI::App& cmd, signed_cli_options& o);

/// The aggregation rules the flags ask for: aggregation_rules::defaults()
/// (or no incident rules with --no-default-incident-rules), then each
/// --relation-rule and --incident-rule in order. An incident rule replaces the
/// rule for the same pair of roles (in either order), or is added; `neutral`
/// removes it. Relation types are checked against `types` when given.
/// \throws usage_error naming the flag, what was given and what was expected
[[nodiscard]] aggregation_rules aggregation_rules_from_flags(const signed_cli_options& o,
                                                             const vocabulary* types = nullptr);
/// "Aggregation rules changed: ..." (the flags as given), or "" without any.
[[nodiscard]] std::string aggregation_rules_note(const signed_cli_options& o);
/// Adds --k, --exact, --heuristic, --seed, --restarts, --alpha, --max-k, --exact-limit, --exact-budget.
void add_bloc_flags(CLI::App& cmd, signed_cli_options& o, bool with_k);

/// The signed graph of what was loaded (a scenario, or --edges), and how to name its parts.
struct signed_input {
  /// The scenario's graph; for a columnar snapshot read in place, its
  /// actors, relations and sources only (`rest`), the incidents staying in
  /// `store`. Null for an edge list.
  const graph* scenario = nullptr;
  std::shared_ptr<const graph> rest;         ///< owns `scenario` when read in place
  std::shared_ptr<const event_store> store;  ///< the snapshot read in place, or null
  const edge_list* edges = nullptr;          ///< the --edges file, or null for a scenario
  signed_graph sg;
  std::string description;  ///< "the bundled sample", the files
  std::string window_text;  ///< "" or "FROM..TO" as given
  std::string rules_note;   ///< aggregation_rules_note(): "" unless the rules were overridden
};

/// Builds the signed graph from the scenario or --edges, per the flags.
/// \throws usage_error for bad flags (or scenario-only flags with --edges)
[[nodiscard]] signed_input load_signed_input(context& ctx, const signed_cli_options& o);

/// The bloc search options from the flags (k, method, weighting).
[[nodiscard]] bloc_options bloc_search_options(const signed_cli_options& o, const progress_callback& progress = {});
/// "k = 3", "k = 3, chosen automatically", and the method (see method_name()),
/// with how many heuristic restarts found the best when it is not proved.
[[nodiscard]] std::string search_summary(const blocs_result& r, const bloc_options& o);
/// How one connected part was solved: "exact (proved optimal)", "heuristic
/// (exact search stopped after N nodes)", "heuristic (N actors: above the
/// exact search's limit of M)" or "heuristic" (--heuristic).
[[nodiscard]] std::string part_method(const bloc_part_report& p, const bloc_options& o);
/// How the whole search went: part_method() when every part went the same
/// way, else each way with its number of parts ("exact (proved optimal) for
/// 3 parts; heuristic (exact search stopped after 1000000 nodes) for 1 part");
/// "none needed" without signed ties.
[[nodiscard]] std::string method_name(const blocs_result& r, const bloc_options& o);

/// "Name (id)" of a node.
[[nodiscard]] std::string node_label(const signed_input& in, std::uint32_t node);
/// {"id", "name", "kind"} (kind only for scenarios).
[[nodiscard]] json_t signed_node_json(const signed_input& in, std::uint32_t node);
/// "friendly", "hostile" or "ambivalent".
[[nodiscard]] std::string sign_word(std::int8_t sign);
/// "+", "−" (U+2212) or "±", for tables.
[[nodiscard]] std::string sign_symbol(std::int8_t sign);
/// "+", "-" or "0", for CSV: ASCII, and the values the edge-list reader's `sign` column takes.
[[nodiscard]] std::string sign_ascii(std::int8_t sign);
/// A tie's facts, as indented lines "+ fact [sources]" added to `doc`; collects the sources cited.
void add_tie_facts(print::document& doc, const signed_input& in, std::uint32_t tie, const std::string& indent,
                   std::vector<source_index>& cited);
/// A tie as JSON: its ends, sign, weight, friendly and hostile sums, and its facts.
[[nodiscard]] json_t tie_json(const signed_input& in, std::uint32_t tie, std::vector<source_index>& cited);
/// The input and filters as JSON.
[[nodiscard]] json_t input_json(const context& ctx, const signed_input& in, const signed_cli_options& o);
/// Adds the "Sources" footnote for a scenario (nothing for an edge list).
void add_signed_sources(print::document& doc, const signed_input& in, const std::vector<source_index>& cited);

/// The signed graph as a DOT description: one coloured cluster per bloc,
/// friendly ties solid green, hostile ties dashed red, `highlight` ties
/// (e.g. frustrated ones) bold, and `extra` edges (suggestions) dotted grey.
struct dot_extra_edge {
  std::uint32_t a;
  std::uint32_t b;
  std::int8_t sign;
  std::string label;
};
[[nodiscard]] dot_graph signed_dot(const signed_input& in, const std::string& name, std::span<const std::uint32_t> bloc,
                                   const std::string& group_word, const std::vector<std::uint32_t>& highlight,
                                   const std::vector<dot_extra_edge>& extra = {});

/// A number with up to 7 decimals, no trailing zeros (for values cross-checked against signnet).
[[nodiscard]] std::string precise_text(double v);

}  // namespace faultline::cli
