// SPDX-License-Identifier: Apache-2.0
#pragma once
// The global options, declared once: main.cpp's option declarations, the
// footer of every subcommand's --help and the scan for an unknown command
// (which must skip the values of options that take one) all come from
// `global_option_table`.

#include <CLI/CLI.hpp>

#include <span>
#include <string>

#include "context.hpp"

namespace faultline::cli {

/// One global option.
struct global_option {
  const char* names;       ///< CLI11 names, e.g. "-s,--scenario"
  bool takes_value;        ///< false for a flag
  const char* value_name;  ///< "FILE"; "" for a flag
  /// Whether --help shows value_name; when false it shows CLI11's own type name (TEXT, FLOAT).
  bool value_name_in_help;
  bool show_default;  ///< --help shows the default value
  const char* help;
  int footer_rank;          ///< position in the subcommands' footer; 0: not listed there
  const char* footer_note;  ///< said after it in the footer, e.g. "(repeatable)"
  /// Adds the option to `app`, bound to its field of `options`.
  CLI::Option* (*bind)(CLI::App& app, const std::string& names, const std::string& help, global_options& options);
};

/// Every global option, in --help order.
[[nodiscard]] std::span<const global_option> global_option_table();

/// Adds every global option of the table to `app`, bound to `options`.
void add_global_options(CLI::App& app, global_options& options);

/// The footer of each subcommand's --help: the footer options by rank, then
/// where to read more and the exit codes, wrapped at 101 columns.
[[nodiscard]] std::string global_options_footer();

/// Whether `word` is a global option that takes a value (so the next argument is its value, not a command).
[[nodiscard]] bool global_option_takes_value(const std::string& word);

}  // namespace faultline::cli
