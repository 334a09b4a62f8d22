// SPDX-License-Identifier: Apache-2.0
#pragma once
// `backers` and `proxies`: the same search (algorithms/backers.hpp) in two
// directions, one result and one set of printers.

#include <faultline/algorithms/backers.hpp>
#include <memory>
#include <optional>
#include <string>

#include "commands.hpp"

namespace faultline::cli {

struct backing_cli_options {
  bool backers_mode = true;  ///< backers (who backs the actor) or proxies (whom it backs)
  std::string actor;         ///< id, name or alias
  backing_options algo;      ///< the library's options and defaults
};

struct backing_cli_result {
  std::shared_ptr<const graph> rest;  ///< owns `g` when a columnar snapshot's relations were read alone
  const graph* g = nullptr;
  bool backers_mode = true;
  backing_options options;
  std::optional<date> as_of;  ///< --as-of, for the JSON echo of the options
  double min_confidence = 0.0;
  backing_result result;            ///< the library's answer
  view_options view;                ///< what the answer was computed on, for the picture
  render::picture_options picture;  ///< --max-nodes

  [[nodiscard]] bool empty() const { return result.answers.empty(); }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
  /// The chains as a tree (render::backing_svg).
  [[nodiscard]] std::string to_svg() const;
};

/// Declares the actor argument, --depth, --inherit, --through-governments, --across-conflicts and --decay.
void setup(CLI::App& sub, backing_cli_options& o);
/// The backers or proxies of the actor. \throws usage_error for bad options, not_found_error for an unknown actor
[[nodiscard]] backing_cli_result run(context& ctx, const backing_cli_options& o);

}  // namespace faultline::cli
