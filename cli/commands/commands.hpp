// SPDX-License-Identifier: Apache-2.0
#pragma once
// How a command is declared. Every command is cli/commands/<name>.{hpp,cpp}
// (commands that share their logic share a pair, e.g. backing.* for backers
// and proxies) and follows one pattern:
//
//   struct actors_options { ... };                       // its flags, holding the library's options
//                                                         // struct (with its defaults) where there is one
//   struct actors_result {                                // the typed answer: what the printers need
//     print::document to_document() const;  // --format table: lines, aligned tables, a sources footnote
//     print::table to_csv() const;          // --format csv: the main table
//     json_t to_json() const;               // --format json
//     dot_graph to_dot() const;             // --format dot: the library's DOT description
//     bool empty() const;                   // true: exit status 1 (no result)
//     int status() const;                   // or the exit status itself (import: 2 when no row was read)
//     std::string output(), report();       // instead of the four, for commands without --format
//                                           // (export, convert): bytes for stdout, a note for stderr;
//                                           // report() also follows formatted output (import's refusal)
//   };                                      // (offer only the conversions the command has)
//   void setup(CLI::App& sub, actors_options& o);            // declares its flags (not --format)
//   actors_result run(context& ctx, const actors_options& o); // loads and computes; never prints
//
//   void add_actors(CLI::App& app, context& ctx, int& status) {   // the registration main() calls
//     add_command<actors_options>(app, ctx, status, "actors", "List actors ...", setup, run);
//   }
//
// add_command adds --format (its help lists the formats the result converts
// to, print::formats_of), and when the command is parsed: checks --format,
// calls run, writes the result with that format's printer (print/printers.hpp)
// and sets the exit status. Words come from text/, model JSON from
// print/model_json.hpp, loading and the global options from context.hpp.
// A result may point into the loaded graph: the context owns it until exit.

#include <memory>
#include <ostream>
#include <sstream>

#include "context.hpp"
#include "print/document.hpp"
#include "print/model_json.hpp"
#include "print/printers.hpp"
#include "text/text.hpp"

namespace faultline::cli {

/// A result kept for an embedding caller (context::keep): converts on demand.
template <class Result>
class kept : public kept_result {
 public:
  kept(Result result, std::vector<output_format> formats) : result_(std::move(result)), formats_(std::move(formats)) {}
  [[nodiscard]] std::vector<output_format> formats() const override { return formats_; }
  [[nodiscard]] std::string text(output_format format) const override {
    std::ostringstream out;
    print::emit(out, format, result_);
    return out.str();
  }
  [[nodiscard]] std::string output() const override {
    if constexpr (print::has_output<Result>) return result_.output();
    return {};
  }
  [[nodiscard]] std::string report() const override {
    if constexpr (print::has_report<Result>) return result_.report();
    return {};
  }
  [[nodiscard]] int status() const override { return print::status_of(result_); }
  [[nodiscard]] const std::vector<double>& scores() const override {
    if constexpr (requires { result_.scores; }) return result_.scores;
    static const std::vector<double> none;
    return none;
  }
  [[nodiscard]] std::string score_name() const override {
    if constexpr (requires {
                    result_.scores;
                    result_.metric;
                  })
      return result_.metric;
    return {};
  }
  [[nodiscard]] std::shared_ptr<graph> imported() const override {
    if constexpr (requires { result_.imported; }) return result_.imported;
    return {};
  }
  [[nodiscard]] std::vector<std::string> score_ids() const override {
    if constexpr (requires { result_.score_ids(); }) return result_.score_ids();
    return {};
  }

 private:
  Result result_;
  std::vector<output_format> formats_;
};

/// Adds `--format` to `command` with the given formats named in its help.
inline void add_format_option(CLI::App& command, context& ctx, const std::string& formats) {
  command.add_option("-f,--format", ctx.options.format, "Output format: " + formats)->capture_default_str();
}

/// Adds subcommand `name` wired setup -> run -> print (see the top of this file).
/// `initial` is the options before the flags are parsed (for commands that
/// share a run, e.g. which direction `backers` and `proxies` search).
template <class Options, class Result>
CLI::App* add_command(CLI::App& app, context& ctx, int& status, const std::string& name, const std::string& help,
                      void (*setup)(CLI::App&, Options&), Result (*run)(context&, const Options&),
                      Options initial = {}) {
  auto* sub = app.add_subcommand(name, help);
  auto options = std::make_shared<Options>(std::move(initial));
  setup(*sub, *options);
  const auto formats = print::formats_of<Result>();
  if (!formats.empty()) add_format_option(*sub, ctx, print::format_list(formats));
  sub->callback([&ctx, &status, options, run, formats] {
    // --format is checked before any loading; a command without it writes plain output.
    const auto format = formats.empty() ? output_format::table : ctx.format(formats);
    Result result = run(ctx, *options);
    if (ctx.keep) {
      status = print::status_of(result);
      ctx.keep(std::make_shared<const kept<Result>>(std::move(result), formats));
      return;
    }
    if (formats.empty()) {
      print::emit_plain(ctx.out, ctx.err, result);
    } else {
      print::emit(ctx.out, format, result);
      // A report follows the output (import's refusal of a file without a readable row).
      if constexpr (print::has_report<Result>) ctx.err << result.report();
    }
    status = print::status_of(result);
  });
  return sub;
}

void add_info(CLI::App& app, context& ctx, int& status);
void add_validate(CLI::App& app, context& ctx, int& status);
void add_actors(CLI::App& app, context& ctx, int& status);
void add_show(CLI::App& app, context& ctx, int& status);
void add_backers(CLI::App& app, context& ctx, int& status);
void add_proxies(CLI::App& app, context& ctx, int& status);
void add_path(CLI::App& app, context& ctx, int& status);
void add_timeline(CLI::App& app, context& ctx, int& status);
void add_escalation(CLI::App& app, context& ctx, int& status);
void add_alliances(CLI::App& app, context& ctx, int& status);
void add_balance(CLI::App& app, context& ctx, int& status);
void add_tensions(CLI::App& app, context& ctx, int& status);
void add_centrality(CLI::App& app, context& ctx, int& status);
void add_stats(CLI::App& app, context& ctx, int& status);
void add_import(CLI::App& app, context& ctx, int& status);
void add_convert(CLI::App& app, context& ctx, int& status);
void add_export(CLI::App& app, context& ctx, int& status);
void add_report(CLI::App& app, context& ctx, int& status);

/// Adds every command above to `app`, in --help order (main.cpp and the Python module).
void add_commands(CLI::App& app, context& ctx, int& status);

}  // namespace faultline::cli
