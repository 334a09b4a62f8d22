// SPDX-License-Identifier: Apache-2.0
// faultline._core: the Python module's C++ half. A session holds one loaded
// input (the CLI's context, so the same loading rules apply) and runs the
// CLI's own commands on it: Python's keyword arguments become the command's
// flags, parsed by the same CLI11 declarations into the same option
// structs, and the command's typed result is kept (context::keep) instead of
// printed. The pure-Python package (python/faultline) wraps this into Graph
// and result objects. Long work runs without the GIL; the progress callback
// takes it back now and then to check for Ctrl-C and report to Python.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/loaders/edge_list.hpp>
#include <faultline/loaders/scenario.hpp>

#include "commands/commands.hpp"
#include "context.hpp"
#include "global_options.hpp"

namespace py = pybind11;

namespace faultline::python {
namespace {

/// One loaded input, and the streams the commands write their notes to.
struct session {
  std::ostringstream out, err;
  cli::context ctx{out, err};
  cli::global_options base;  ///< the inputs; every run starts from these and the defaults
  /// What was loaded, fixed once opened (a typed graph, or a plain edge list):
  /// the tables read it without taking `busy`.
  const graph* g = nullptr;
  const edge_list* all_edges = nullptr;
  /// One command at a time on a session (its context holds the run's options).
  /// Taken without the GIL, so that a waiting thread never blocks one that
  /// needs the GIL for a progress report.
  std::mutex busy;
};

/// A command's kept result, with the session it may point into.
struct result {
  std::shared_ptr<session> owner;
  std::shared_ptr<const cli::kept_result> kept;
  std::string command;
  std::string log;  ///< what the command said on standard error (import's report)
  int status = 0;
};

cli::output_format format_named(const std::string& name) {
  for (const auto& [n, f] : cli::print::format_names)
    if (name == n) return f;
  throw usage_error("Unknown format \"" + name + "\": expected table, json, csv, dot or svg");
}

/// Raises faultline.errors.<name>(message) with the given attributes set.
void raise_error(const char* name, const std::string& message, const py::dict& fields = {}) {
  const py::object type = py::module_::import("faultline.errors").attr(name);
  py::object instance = type(message);
  for (const auto& [key, value] : fields)
    py::setattr(instance, key, value);
  PyErr_SetObject(type.ptr(), instance.ptr());
}

/// The library's errors as the package's exception classes, messages unchanged.
void translate(std::exception_ptr p) {
  try {
    if (p) std::rethrow_exception(p);
  } catch (const parse_error& e) {
    py::dict f;
    f["file"] = e.where().file;
    f["line"] = e.where().line;
    f["column"] = e.where().column;
    f["detail"] = e.detail();
    raise_error("ParseError", e.what(), f);
  } catch (const not_found_error& e) {
    py::dict f;
    f["name"] = e.name();
    f["suggestions"] = e.suggestions();
    raise_error("NotFoundError", e.what(), f);
  } catch (const snapshot_error& e) {
    raise_error("CorruptSnapshotError", e.what());
  } catch (const cancelled_error& e) {
    raise_error("CancelledError", e.what());
  } catch (const io_error& e) {
    raise_error("FileError", e.what());
  } catch (const usage_error& e) {
    raise_error("UsageError", e.what());
  } catch (const error& e) {
    raise_error("Error", e.what());
  } catch (const CLI::ParseError& e) {
    raise_error("UsageError", e.what());
  }
}

/// Runs `body` without the GIL, with ctx.progress checking for Ctrl-C and
/// calling `callback(done, total)` (a false return cancels). A Python
/// exception raised meanwhile (KeyboardInterrupt, or the callback's own) is
/// raised again once the library has unwound.
template <class Body>
void run_released(session& s, const py::object& callback, Body&& body) {
  std::optional<py::error_already_set> python_error;
  std::exception_ptr failure;
  // The library reports often (a betweenness: once per source); the GIL is
  // taken at most every 50 ms, so that reports cost nothing measurable and
  // never wait long on a Python thread that holds it.
  auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  const progress_callback report = [&](std::size_t done, std::size_t total) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::milliseconds(50) && done < total) return true;
    last = now;
    py::gil_scoped_acquire gil;
    if (PyErr_CheckSignals() != 0) {
      python_error.emplace();
      return false;
    }
    if (callback.is_none()) return true;
    try {
      const py::object answer = callback(done, total);
      return answer.is_none() || answer.cast<bool>();
    } catch (py::error_already_set& e) {
      python_error.emplace(std::move(e));
      return false;
    }
  };
  {
    py::gil_scoped_release nogil;
    try {
      const std::lock_guard lock(s.busy);
      s.ctx.progress = report;
      try {
        body();
      } catch (...) {
        s.ctx.progress = nullptr;
        throw;
      }
      s.ctx.progress = nullptr;
    } catch (...) {
      failure = std::current_exception();
    }
  }
  if (python_error) throw std::move(*python_error);
  if (failure) std::rethrow_exception(failure);
}

/// Runs `faultline ARGS...` on the session: argv is the command and its
/// flags (global flags such as --as-of included), as on the command line.
result run(const std::shared_ptr<session>& s, const std::vector<std::string>& args, const py::object& progress) {
  result r;
  r.owner = s;
  r.command = args.empty() ? std::string() : args.front();
  run_released(*s, progress, [&] {
    s->ctx.options = s->base;  // each run: the inputs, and every other option at its default
    s->out.str({});
    s->err.str({});
    CLI::App app("faultline", "faultline");
    app.require_subcommand(1);
    app.fallthrough();
    cli::add_global_options(app, s->ctx.options);
    int status = 0;
    cli::add_commands(app, s->ctx, status);
    s->ctx.keep = [&r](std::shared_ptr<const cli::kept_result> k) { r.kept = std::move(k); };
    std::vector<std::string> argv{"faultline"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<const char*> pointers;
    for (const auto& a : argv)
      pointers.push_back(a.c_str());
    try {
      app.parse(static_cast<int>(pointers.size()), pointers.data());
    } catch (const CLI::CallForHelp&) {
      s->ctx.keep = nullptr;
      throw usage_error("help=True: see help(faultline.Graph." + r.command + ")");
    } catch (...) {
      s->ctx.keep = nullptr;
      throw;
    }
    s->ctx.keep = nullptr;
    // The inputs given to load() stay; a run's global flags do not.
    if (s->base.scenarios != s->ctx.options.scenarios || s->base.imports != s->ctx.options.imports ||
        s->base.edges != s->ctx.options.edges)
      throw usage_error("Inputs are given to faultline.load(), not to a query");
    r.status = status;
  });
  r.log = s->err.str();
  if (!r.kept) throw usage_error("No command ran: expected one of the commands of `faultline --help`");
  return r;
}

/// Options of one command (or, for "", the global ones): name, flag, default, help.
py::dict describe(const std::string& command) {
  std::ostringstream out, err;
  cli::context ctx(out, err);
  CLI::App app("faultline", "faultline");
  cli::add_global_options(app, ctx.options);
  int status = 0;
  cli::add_commands(app, ctx, status);
  const CLI::App* which = &app;
  if (!command.empty()) {
    try {
      which = app.get_subcommand(command);
    } catch (const CLI::Error&) {
      throw usage_error("Unknown command \"" + command + "\"");
    }
  }
  py::list options;
  for (const CLI::Option* o : which->get_options()) {
    if (o->get_lnames().empty() && o->get_snames().empty() && !o->get_positional()) continue;
    if (!o->get_lnames().empty() && o->get_lnames().front() == "help") continue;
    py::dict d;
    const bool positional = o->get_lnames().empty() && o->get_snames().empty();
    d["name"] = !o->get_lnames().empty() ? o->get_lnames().front()
                : positional             ? o->get_name()
                                         : o->get_snames().front();
    d["positional"] = positional;
    d["flag"] = o->get_expected_max() == 0;  // a flag takes no value
    d["multiple"] = o->get_items_expected_max() > 1 || o->get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    d["default"] = o->get_default_str();
    d["help"] = o->get_description();
    d["value"] = o->get_type_name();
    options.append(d);
  }
  py::dict summary;
  summary["help"] = which->get_description();
  summary["options"] = options;
  return summary;
}

// ------------------------------------------------------------- sessions

std::shared_ptr<session> open_files(const std::vector<std::string>& scenarios, const std::vector<std::string>& imports,
                                    const py::object& progress, const input_limits& limits) {
  auto s = std::make_shared<session>();
  s->base.scenarios = scenarios;
  s->base.imports = imports;
  s->base.limits = limits;
  s->ctx.options = s->base;
  run_released(*s, progress, [&] { s->g = &s->ctx.load(); });
  return s;
}

std::shared_ptr<session> open_edge_file(const std::string& edges, const std::string& nodes, bool undirected,
                                        const input_limits& limits) {
  auto s = std::make_shared<session>();
  s->base.limits = limits;
  s->base.edges = edges;
  s->base.nodes = nodes;
  s->base.undirected = undirected;
  s->ctx.options = s->base;
  run_released(*s, py::none(), [&] { s->all_edges = &s->ctx.load_edges(); });
  return s;
}

std::shared_ptr<session> open_scenario_text(const std::string& name, const std::string& text) {
  auto s = std::make_shared<session>();
  s->base.scenarios = {name};
  run_released(*s, py::none(), [&] {
    s->ctx.adopt(load_inputs({named_input{name, text}}));
    s->g = &s->ctx.load();
  });
  return s;
}

/// A copy of a one-dimensional array into a vector (dtype converted by numpy).
template <class T>
std::vector<T> column(const py::array_t<T, py::array::c_style | py::array::forcecast>& a) {
  std::vector<T> v(static_cast<std::size_t>(a.size()));
  if (!v.empty()) std::memcpy(v.data(), a.data(), v.size() * sizeof(T));
  return v;
}

/// An edge list from columns: node ids, source and target as node numbers, optional weight, sign and type codes.
std::shared_ptr<session> open_edge_columns(
    const std::string& name, std::vector<std::string> nodes, std::vector<std::string> labels,
    const py::array_t<std::uint32_t, py::array::c_style | py::array::forcecast>& source,
    const py::array_t<std::uint32_t, py::array::c_style | py::array::forcecast>& target, const py::object& weight,
    const py::object& sign, const py::object& type, std::vector<std::string> type_names, bool directed) {
  auto s = std::make_shared<session>();
  s->base.undirected = !directed;
  edge_list e;
  e.name = name;
  e.directed = directed;
  e.source = column<std::uint32_t>(source);
  e.target = column<std::uint32_t>(target);
  const std::size_t m = e.source.size();
  if (e.target.size() != m) throw usage_error("source and target have different lengths");
  if (!weight.is_none()) {
    e.weight = column<double>(weight.cast<py::array_t<double, py::array::c_style | py::array::forcecast>>());
    for (std::size_t k = 0; k < e.weight.size(); ++k)
      if (!std::isfinite(e.weight[k]))
        throw usage_error("weight of edge " + std::to_string(k) + " is not a finite number");
  }
  if (!sign.is_none()) {
    e.sign = column<std::int8_t>(sign.cast<py::array_t<std::int8_t, py::array::c_style | py::array::forcecast>>());
    for (std::size_t k = 0; k < e.sign.size(); ++k)
      if (e.sign[k] < -1 || e.sign[k] > 1)
        throw usage_error("sign of edge " + std::to_string(k) + " is not -1, 0 or +1");
  }
  if (!type.is_none()) {
    e.type = column<std::uint32_t>(type.cast<py::array_t<std::uint32_t, py::array::c_style | py::array::forcecast>>());
    e.type_names = std::move(type_names);
    for (const auto t : e.type)
      if (t >= e.type_names.size()) throw usage_error("a type code is out of range");
  }
  if ((!e.weight.empty() && e.weight.size() != m) || (!e.sign.empty() && e.sign.size() != m) ||
      (!e.type.empty() && e.type.size() != m))
    throw usage_error("the edge columns have different lengths");
  for (std::size_t k = 0; k < m; ++k)
    if (e.source[k] >= nodes.size() || e.target[k] >= nodes.size())
      throw usage_error("edge " + std::to_string(k) + " names a node number beyond the node list");
  e.nodes = std::move(nodes);
  if (!labels.empty()) {
    if (labels.size() != e.nodes.size()) throw usage_error("labels and nodes have different lengths");
    e.labels = std::move(labels);
  }
  s->ctx.adopt_edges(std::move(e), name);
  s->base.edges = name;
  s->ctx.options = s->base;
  s->all_edges = &s->ctx.load_edges();
  return s;
}

/// Adopts the graph an import without -o made, as a new session.
std::shared_ptr<session> open_imported(const result& r, const std::string& name) {
  auto g = r.kept ? r.kept->imported() : nullptr;
  if (!g) throw usage_error("This result holds no imported graph");
  auto s = std::make_shared<session>();
  s->base.scenarios = {name};
  s->ctx.adopt(std::move(*g));
  s->ctx.options = s->base;
  s->g = &s->ctx.load();
  return s;
}

// ------------------------------------------------------------- tables

const graph& loaded(const session& s) {
  if (s.g == nullptr) throw usage_error("Nothing is loaded in this session");
  return *s.g;
}

py::array_t<double> doubles(std::vector<double>&& v) {
  auto* owned = new std::vector<double>(std::move(v));
  py::capsule free(owned, [](void* p) { delete static_cast<std::vector<double>*>(p); });
  return py::array_t<double>(static_cast<py::ssize_t>(owned->size()), owned->data(), free);
}

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

template <class T>
double or_nan(const std::optional<T>& x) {
  return x ? static_cast<double>(*x) : nan;
}

std::string date_text(const std::optional<date>& d) {
  return d ? d->to_string() : std::string();
}

/// The actors (typed graph) or nodes (edge list), column by column.
py::dict actors_table(const std::shared_ptr<session>& s) {
  py::dict t;
  if (s->all_edges != nullptr) {
    const auto& e = *s->all_edges;
    t["id"] = e.nodes;
    if (!e.labels.empty()) t["label"] = e.labels;
    return t;
  }
  const graph& g = loaded(*s);
  std::vector<std::string> id, kind, name, category, country, aliases;
  std::vector<double> confidence;
  for (const auto& a : g.actors()) {
    id.push_back(a.id);
    kind.emplace_back(to_string(a.kind));
    name.push_back(a.name);
    category.push_back(a.category);
    country.push_back(a.country);
    std::string joined;
    for (const auto& alias : a.aliases)
      joined += (joined.empty() ? "" : "; ") + alias;
    aliases.push_back(joined);
    confidence.push_back(a.prov.confidence);
  }
  t["id"] = id;
  t["kind"] = kind;
  t["name"] = name;
  t["category"] = category;
  t["country"] = country;
  t["aliases"] = aliases;
  t["confidence"] = doubles(std::move(confidence));
  return t;
}

/// The relations (typed graph) or edges (edge list), column by column.
py::dict relations_table(const std::shared_ptr<session>& s) {
  py::dict t;
  if (s->all_edges != nullptr) {
    const auto& e = *s->all_edges;
    std::vector<std::string> source, target;
    source.reserve(e.edge_count());
    target.reserve(e.edge_count());
    for (std::size_t k = 0; k < e.edge_count(); ++k) {
      source.push_back(e.nodes[e.source[k]]);
      target.push_back(e.nodes[e.target[k]]);
    }
    t["source"] = source;
    t["target"] = target;
    if (!e.weight.empty()) t["weight"] = doubles(std::vector<double>(e.weight));
    if (!e.sign.empty()) t["sign"] = py::array_t<std::int8_t>(static_cast<py::ssize_t>(e.sign.size()), e.sign.data());
    if (!e.type.empty()) {
      std::vector<std::string> type;
      for (const auto c : e.type)
        type.push_back(e.type_names[c]);
      t["type"] = type;
    }
    return t;
  }
  const graph& g = loaded(*s);
  std::vector<std::string> source, target, type, since, until, qualifier;
  std::vector<double> weight, confidence;
  for (const auto& r : g.relations()) {
    source.push_back(g.actors()[r.from].id);
    target.push_back(g.actors()[r.to].id);
    type.push_back(g.relation_types()[r.type].id);
    weight.push_back(r.weight);
    since.push_back(date_text(r.since));
    until.push_back(date_text(r.until));
    qualifier.push_back(r.qualifier);
    confidence.push_back(r.prov.confidence);
  }
  t["source"] = source;
  t["target"] = target;
  t["type"] = type;
  t["weight"] = doubles(std::move(weight));
  t["since"] = since;
  t["until"] = until;
  t["as"] = qualifier;
  t["confidence"] = doubles(std::move(confidence));
  return t;
}

/// The incidents of a typed graph, column by column.
py::dict incidents_table(const std::shared_ptr<session>& s) {
  if (s->all_edges != nullptr) throw usage_error("A plain edge list has no incidents");
  const graph& g = loaded(*s);
  const auto& in = g.incidents();
  const std::size_t n = in.size();
  std::vector<std::string> id, name, when, until, type, place, country, cameo, dataset, event_type;
  std::vector<double> lat, lon, fatalities, injured, goldstein, confidence;
  for (auto* v : {&id, &name, &when, &until, &type, &place, &country, &cameo, &dataset, &event_type})
    v->reserve(n);
  for (auto* v : {&lat, &lon, &fatalities, &injured, &goldstein, &confidence})
    v->reserve(n);
  for (const auto& i : in) {
    id.push_back(i.id);
    name.push_back(i.name);
    when.push_back(i.when.to_string());
    until.push_back(date_text(i.until));
    type.push_back(i.type);
    place.push_back(i.where.name);
    country.push_back(i.where.country);
    lat.push_back(or_nan(i.where.lat));
    lon.push_back(or_nan(i.where.lon));
    fatalities.push_back(or_nan(i.fatalities));
    injured.push_back(or_nan(i.injured));
    cameo.push_back(i.cameo);
    goldstein.push_back(or_nan(i.goldstein));
    dataset.push_back(i.coding.dataset);
    event_type.push_back(i.coding.event_type);
    confidence.push_back(i.prov.confidence);
  }
  py::dict t;
  t["id"] = id;
  t["name"] = name;
  t["date"] = when;
  t["until"] = until;
  t["type"] = type;
  t["place"] = place;
  t["country"] = country;
  t["lat"] = doubles(std::move(lat));
  t["lon"] = doubles(std::move(lon));
  t["fatalities"] = doubles(std::move(fatalities));
  t["injured"] = doubles(std::move(injured));
  t["cameo"] = cameo;
  t["goldstein"] = doubles(std::move(goldstein));
  t["dataset"] = dataset;
  t["event_type"] = event_type;
  t["confidence"] = doubles(std::move(confidence));
  return t;
}

/// Who plays which part in which incident, and which incident answers which.
py::dict roles_table(const std::shared_ptr<session>& s) {
  if (s->all_edges != nullptr) throw usage_error("A plain edge list has no incidents");
  const graph& g = loaded(*s);
  std::vector<std::string> actor, incident, role, attributed_by;
  for (const auto& r : g.roles()) {
    actor.push_back(g.actors()[r.actor].id);
    incident.push_back(g.incidents()[r.incident].id);
    role.emplace_back(to_string(r.kind));
    attributed_by.push_back(r.attributed_by == no_index ? std::string() : g.actors()[r.attributed_by].id);
  }
  py::dict t;
  t["actor"] = actor;
  t["incident"] = incident;
  t["role"] = role;
  t["attributed_by"] = attributed_by;
  return t;
}

py::dict links_table(const std::shared_ptr<session>& s) {
  if (s->all_edges != nullptr) throw usage_error("A plain edge list has no incidents");
  const graph& g = loaded(*s);
  std::vector<std::string> from, to, kind;
  for (const auto& l : g.links()) {
    from.push_back(g.incidents()[l.from].id);
    to.push_back(g.incidents()[l.to].id);
    kind.emplace_back(to_string(l.kind));
  }
  py::dict t;
  t["from"] = from;
  t["to"] = to;
  t["kind"] = kind;
  return t;
}

}  // namespace
}  // namespace faultline::python

PYBIND11_MODULE(_core, m) {
  using namespace faultline::python;
  namespace cli = faultline::cli;
  m.doc() = "faultline's C++ core; use the `faultline` package";
  py::register_exception_translator(&translate);

  py::class_<session, std::shared_ptr<session>>(m, "Session")
      .def_property_readonly("is_edge_list", [](const session& s) { return s.all_edges != nullptr; })
      .def_property_readonly("is_directed", [](const session& s) { return s.all_edges ? s.all_edges->directed : true; })
      .def_property_readonly("description", [](session& s) {
        py::gil_scoped_release nogil;
        const std::lock_guard lock(s.busy);
        return s.ctx.input_description();
      });

  py::class_<result>(m, "Result")
      .def_readonly("command", &result::command)
      .def_readonly("status", &result::status)
      .def_readonly("log", &result::log)
      .def("formats",
           [](const result& r) {
             std::vector<std::string> names;
             for (const auto f : r.kept->formats())
               for (const auto& [n, g] : cli::print::format_names)
                 if (f == g) names.emplace_back(n);
             return names;
           })
      .def("text", [](const result& r, const std::string& format) { return r.kept->text(format_named(format)); })
      .def("output", [](const result& r) { return py::bytes(r.kept->output()); })
      .def("report", [](const result& r) { return r.kept->report(); })
      .def("score_ids", [](const result& r) { return r.kept->score_ids(); })
      .def("score_name", [](const result& r) { return r.kept->score_name(); })
      // The scores without a copy: the array's base keeps the result (and its buffer) alive.
      .def_property_readonly("scores", [](py::object self) {
        const auto& r = self.cast<const result&>();
        const auto& v = r.kept->scores();
        py::array_t<double> a(static_cast<py::ssize_t>(v.size()), v.data(), self);
        a.attr("setflags")(py::arg("write") = false);  // the result's scores: read them, do not change them
        return a;
      });

  m.def("run", &run, py::arg("session"), py::arg("args"), py::arg("progress") = py::none(),
        "Runs a faultline command with its flags on a session.");
  m.def("describe", &describe, py::arg("command"), "The options of a command ('' for the global ones).");
  py::class_<faultline::input_limits>(m, "InputLimits", "Bounds on one input (docs/limits.md); 0: no limit.")
      .def(py::init([](std::uint64_t max_input_bytes, std::uint64_t max_string_bytes) {
             return faultline::input_limits{max_input_bytes, max_string_bytes};
           }),
           py::arg("max_input_bytes") = faultline::default_max_input_bytes,
           py::arg("max_string_bytes") = faultline::default_max_string_bytes)
      .def_readonly("max_input_bytes", &faultline::input_limits::max_input_bytes)
      .def_readonly("max_string_bytes", &faultline::input_limits::max_string_bytes);
  m.def("open_files", &open_files, py::arg("scenarios"), py::arg("imports") = std::vector<std::string>{},
        py::arg("progress") = py::none(), py::arg("limits") = faultline::input_limits{});
  m.def(
      "open_empty", [] { return std::make_shared<session>(); }, "A session with nothing loaded (for import).");
  m.def("open_edge_file", &open_edge_file, py::arg("edges"), py::arg("nodes") = std::string(),
        py::arg("undirected") = false, py::arg("limits") = faultline::input_limits{});
  m.def("open_scenario_text", &open_scenario_text, py::arg("name"), py::arg("text"));
  m.def("open_edge_columns", &open_edge_columns, py::arg("name"), py::arg("nodes"), py::arg("labels"),
        py::arg("source"), py::arg("target"), py::arg("weight"), py::arg("sign"), py::arg("type"),
        py::arg("type_names"), py::arg("directed"));
  m.def("open_imported", &open_imported, py::arg("result"), py::arg("name"));
  m.def("actors_table", &actors_table);
  m.def("relations_table", &relations_table);
  m.def("incidents_table", &incidents_table);
  m.def("roles_table", &roles_table);
  m.def("links_table", &links_table);
}
