// SPDX-License-Identifier: Apache-2.0
// CSV/TSV edge and node lists, parsed in one pass over the bytes with field
// views into the input: no allocation per field on the common path.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>

#include <faultline/graph/detail/assert.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/limits.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "text_scan.hpp"

namespace faultline {
namespace detail {

mapped_file::mapped_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw io_error("Cannot open " + path.string() + ": " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw io_error("Cannot read " + path.string() + ": not a regular file");
  }
  size_ = static_cast<std::size_t>(st.st_size);
  if (size_ > 0) {
    data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data_ == MAP_FAILED) {
      data_ = nullptr;
      const int saved = errno;
      ::close(fd);
      throw io_error("Cannot map " + path.string() + ": " + std::strerror(saved));
    }
    ::madvise(data_, size_, MADV_SEQUENTIAL);
  }
  ::close(fd);
}

void mapped_file::release(std::size_t upto) noexcept {
  if (data_ == nullptr) return;
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t length = std::min(upto, size_) / page * page;
  // A private read-only file mapping: dropped pages read back from the file if touched again.
  if (length > 0) ::madvise(data_, length, MADV_DONTNEED);
}

mapped_file::~mapped_file() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

}  // namespace detail

namespace {

// Splits records into fields. Quoted fields may hold separators, quotes ("")
// and newlines; their unescaped text lives in `unescaped` until the next record.
class csv_cursor {
 public:
  csv_cursor(std::string_view bytes, char delimiter, std::string name)
      : bytes_(bytes), delimiter_(delimiter), name_(std::move(name)) {}

  // Reads the next non-blank, non-comment record; false at the end.
  bool next(std::vector<std::string_view>& fields, std::vector<std::size_t>& columns) {
    for (;;) {
      if (pos_ >= bytes_.size()) return false;
      line_ = next_line_;
      line_start_ = pos_;
      const char first = bytes_[pos_];
      if (first == '\n' || first == '\r' || first == '#') {
        skip_line();
        continue;
      }
      fields.clear();
      columns.clear();
      unescaped_.clear();
      read_record(fields, columns);
      return true;
    }
  }

  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  /// Bytes consumed so far.
  [[nodiscard]] std::size_t position() const noexcept { return pos_; }
  [[nodiscard]] char delimiter() const noexcept { return delimiter_; }

  /// Steps over one record that the caller read itself (a plain record of
  /// the fast path), ending at `end`: its newline or the end of the input.
  void skip_record(std::size_t end) noexcept {
    line_ = next_line_++;
    pos_ = end < bytes_.size() ? end + 1 : end;
  }
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  void skip_line() {
    const auto nl = bytes_.find('\n', pos_);
    pos_ = nl == std::string_view::npos ? bytes_.size() : nl + 1;
    ++next_line_;
  }

  void read_record(std::vector<std::string_view>& fields, std::vector<std::size_t>& columns) {
    for (;;) {
      columns.push_back(pos_ - line_start_ + 1);
      if (pos_ < bytes_.size() && bytes_[pos_] == '"') {
        read_quoted(fields);
      } else {
        const std::size_t start = pos_;
        const char* p = bytes_.data() + pos_;
        const char* end = bytes_.data() + bytes_.size();
        while (p != end && *p != delimiter_ && *p != '\n')
          ++p;
        pos_ = static_cast<std::size_t>(p - bytes_.data());
        std::string_view field = bytes_.substr(start, pos_ - start);
        if (!field.empty() && field.back() == '\r' && (pos_ == bytes_.size() || bytes_[pos_] == '\n'))
          field.remove_suffix(1);
        fields.push_back(field);
      }
      if (pos_ >= bytes_.size()) {
        ++next_line_;
        return;
      }
      if (bytes_[pos_] == '\n') {
        ++pos_;
        ++next_line_;
        return;
      }
      if (bytes_[pos_] == '\r' && pos_ + 1 < bytes_.size() && bytes_[pos_ + 1] == '\n') {
        pos_ += 2;
        ++next_line_;
        return;
      }
      if (bytes_[pos_] != delimiter_)
        throw parse_error({name_, line_, pos_ - line_start_ + 1},
                          "expected a separator or the end of the line after a quoted field");
      ++pos_;  // the delimiter
    }
  }

  void read_quoted(std::vector<std::string_view>& fields) {
    const std::size_t open_line = next_line_, open_column = pos_ - line_start_ + 1;
    ++pos_;
    std::string text;
    for (;;) {
      if (pos_ >= bytes_.size())
        throw parse_error({name_, open_line, open_column}, "a quoted field is not closed (missing '\"')");
      const char c = bytes_[pos_++];
      if (c == '"') {
        if (pos_ < bytes_.size() && bytes_[pos_] == '"') {
          text += '"';
          ++pos_;
          continue;
        }
        break;
      }
      if (c == '\n') ++next_line_;
      text += c;
    }
    unescaped_.push_back(std::move(text));
    fields.push_back(unescaped_.back());
  }

  std::string_view bytes_;
  char delimiter_;
  std::string name_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1, next_line_ = 1, line_start_ = 0;
  std::deque<std::string> unescaped_;
};

// A period as a `window` column writes it: "46-49" or "1946-1949" (years;
// two-digit years are 19YY, and an end below the start is in the next
// century: "98-01" is 1998 to 2001), "FROM..TO" with dates, or one date.
std::optional<std::pair<date, date>> parse_period(std::string_view text) {
  if (const auto dots = text.find(".."); dots != std::string_view::npos) {
    const auto a = date::parse(text.substr(0, dots)), b = date::parse(text.substr(dots + 2));
    if (!a || !b || a->first_day() > b->last_day()) return std::nullopt;
    return std::pair{*a, *b};
  }
  const auto all_digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto dash = text.find('-');
  if (dash != std::string_view::npos) {
    const auto a = text.substr(0, dash), b = text.substr(dash + 1);
    if (all_digits(a) && all_digits(b) && a.size() == b.size() && (a.size() == 2 || a.size() == 4)) {
      int from = std::stoi(std::string(a)), to = std::stoi(std::string(b));
      if (a.size() == 2) {
        from += 1900;
        to += to + 1900 < from ? 2000 : 1900;
      }
      if (from < 1 || to > 9999 || from > to) return std::nullopt;
      return std::pair{date::from_fields(static_cast<std::int16_t>(from), 0, 0),
                       date::from_fields(static_cast<std::int16_t>(to), 0, 0)};
    }
  }
  const auto d = date::parse(text);
  if (!d) return std::nullopt;
  return std::pair{*d, *d};
}

char detect_delimiter(std::string_view bytes, const edge_list_options& options) {
  if (options.delimiter != 0) return options.delimiter;
  const auto header = bytes.substr(0, bytes.find('\n'));
  return header.find('\t') != std::string_view::npos ? '\t' : ',';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::optional<std::int8_t> parse_sign(std::string_view s) {
  if (s == "+" || s == "1" || s == "+1" || s == "1.0" || s == "positive") return 1;
  if (s == "-" || s == "-1" || s == "-1.0" || s == "negative") return -1;
  if (s == "0" || s == "0.0") return 0;
  return std::nullopt;
}

}  // namespace

// The reader behind read_edge_list_csv() and load_edge_list(): `consumed`,
// when given, is told now and then how many leading bytes will not be read
// again (load_edge_list() then drops those pages of its memory map, so that
// a large file does not stay resident while its edges are kept).
edge_list read_edge_list_csv_impl(std::string_view bytes, const std::string& name, const edge_list_options& options,
                                  const std::function<void(std::size_t)>& consumed) {
  bytes = detail::without_bom(bytes);
  detail::require_utf8(bytes, name);
  csv_cursor cursor(bytes, detect_delimiter(bytes, options), name);
  std::vector<std::string_view> fields;
  std::vector<std::size_t> columns;
  if (!cursor.next(fields, columns))
    throw parse_error({name, 1, 0}, "the file is empty: expected a header line such as `source,target,weight`");

  enum class col { source, target, weight, sign, type, date, year, since, until, window, extra };
  std::vector<col> layout;
  std::vector<std::string> header;
  edge_list out;
  out.name = name;
  out.directed = options.directed;
  // How the ties are dated, by the first of window, since/until, year and
  // date (in that order) that the header names; the others are plain columns.
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const std::string h = lower(detail::trim(fields[c]));
    const auto rank = h == "window"                                 ? edge_time::snapshots
                      : h == "since" || h == "until" || h == "year" ? edge_time::spans
                      : h == "date"                                 ? edge_time::dated
                                                                    : edge_time::none;
    if (rank == edge_time::none) continue;
    if (out.time == edge_time::none || (out.time == edge_time::dated && rank != edge_time::dated) ||
        (out.time == edge_time::spans && rank == edge_time::snapshots))
      out.time = rank;
  }
  bool spans_by_since = false;  // spans from since/until rather than year
  for (const auto& f : fields) {
    const std::string h = lower(detail::trim(f));
    spans_by_since = spans_by_since || h == "since" || h == "until";
  }
  int have_source = -1, have_target = -1;
  // Which kinds of column the header has named so far: a repeated one is
  // found in constant time, so a header of many columns is read in linear
  // time (200,000 columns took 23 s when each was compared with all before it).
  std::array<bool, static_cast<std::size_t>(col::extra) + 1> named{};
  const auto src = lower(options.source_column), dst = lower(options.target_column);
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const std::string h = lower(detail::trim(fields[c]));
    header.push_back(h);
    col kind = col::extra;
    if (src.empty() ? (h == "source" || h == "from") : h == src)
      kind = col::source;
    else if (dst.empty() ? (h == "target" || h == "to") : h == dst)
      kind = col::target;
    else if (h == "weight")
      kind = col::weight;
    else if (h == "sign")
      kind = col::sign;
    else if (h == "type")
      kind = col::type;
    else if (h == "date")
      kind = col::date;
    else if (h == "window" && out.time == edge_time::snapshots)
      kind = col::window;
    else if ((h == "since" || h == "until") && out.time == edge_time::spans)
      kind = h == "since" ? col::since : col::until;
    else if (h == "year" && out.time == edge_time::spans && !spans_by_since)
      kind = col::year;
    if (kind != col::extra && std::exchange(named[static_cast<std::size_t>(kind)], true))
      throw parse_error({name, 1, columns[c]}, "column `" + h + "` appears twice in the header");
    if (kind == col::source) have_source = static_cast<int>(c);
    if (kind == col::target) have_target = static_cast<int>(c);
    if (kind == col::extra) {
      out.extra_columns.push_back(std::string(detail::trim(fields[c])));
      out.extra_values.emplace_back();
    }
    layout.push_back(kind);
  }
  if (have_source < 0 || have_target < 0) {
    std::string seen;
    for (const auto& h : header)
      seen += (seen.empty() ? "" : ",") + h;
    const std::string want =
        (options.source_column.empty() ? std::string("`source` (or `from`)") : "`" + options.source_column + "`") +
        " and " +
        (options.target_column.empty() ? std::string("`target` (or `to`)") : "`" + options.target_column + "`");
    throw parse_error({name, 1, 1}, "the header must name the columns " + want + "; it has: " + seen);
  }
  auto present = [&](col k) { return std::find(layout.begin(), layout.end(), k) != layout.end(); };
  const bool with_weight = present(col::weight), with_sign = present(col::sign), with_type = present(col::type);

  detail::interner nodes(out.nodes);
  detail::interner types(out.type_names);
  // Reserve for the number of lines, to avoid regrowth on large files.
  const auto guess = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  out.source.reserve(guess);
  out.target.reserve(guess);
  if (with_weight) out.weight.reserve(guess);
  if (with_sign) out.sign.reserve(guess);
  if (with_type) out.type.reserve(guess);
  if (out.time != edge_time::none) {
    out.since.reserve(guess);
    out.until.reserve(guess);
  }
  std::unordered_map<std::string, std::uint32_t> snapshot_index;

  // Node ids are interned in batches: the table slot of each id is
  // prefetched when the id is read, a batch before it is used, so that the
  // cache misses overlap with reading instead of following one another. Ids still get their numbers in order of first
  // appearance. Only ids that are views into `bytes` wait in a batch (an
  // unquoted field); a quoted one is unescaped into a buffer that the next
  // record reuses, so the batch is resolved first. A batch holds the ids of
  // whole records in file order, so each resolved id is simply appended to
  // its column.
  struct pending {
    std::string_view id;
    std::int64_t number;  // detail::interner::small_number(id)
    bool source;
  };
  std::vector<pending> batch;
  constexpr std::size_t batch_size = 64;
  batch.reserve(batch_size + 2);
  auto enqueue = [&](std::string_view id, std::int64_t number, bool source) {
    nodes.prefetch(id, number);  // a batch ahead of its use, time enough for the miss to be served
    batch.push_back({id, number, source});
  };
  auto resolve = [&] {
    for (const auto& p : batch)
      (p.source ? out.source : out.target).push_back(nodes.intern(p.id, p.number));
    batch.clear();
  };
  const char* const first_byte = bytes.data();
  const char* const last_byte = bytes.data() + bytes.size();
  const std::uint64_t max_field = options.limits.max_string_bytes;

  // The fast path: when every column is a source, target or weight, a
  // record whose fields are all plain (not empty, not quoted, no spaces,
  // tabs or carriage returns, the right number of them, weights that parse)
  // is read here in one scan of its bytes, without the cursor's field
  // vectors. Anything else, including every record that is an error, goes
  // through the general path below, so messages and positions are its own.
  const char delimiter = cursor.delimiter();
  const bool plain_layout = delimiter != '"' && delimiter != '\n' && delimiter != '\r' && layout.size() <= 3 &&
                            std::all_of(layout.begin(), layout.end(),
                                        [](col k) { return k == col::source || k == col::target || k == col::weight; });
  // Bytes that end a plain field or make the record not plain.
  std::array<bool, 256> stop{};
  for (const char c : {'\n', '\r', '"', ' ', '\t', delimiter})
    stop[static_cast<unsigned char>(c)] = true;
  auto plain_record = [&]() -> bool {
    const char* p = first_byte + cursor.position();
    if (p == last_byte || *p == '#') return false;
    std::array<std::string_view, 3> text;
    std::array<std::int64_t, 3> number{};
    for (std::size_t c = 0; c < layout.size(); ++c) {
      const char* const start = p;
      // Digits first: a numeric id gets its value for the interner in the same scan.
      std::uint64_t value = 0;
      p += detail::leading_digits(p, last_byte, value);
      if (p != last_byte && !stop[static_cast<unsigned char>(*p)]) {
        while (p != last_byte && !stop[static_cast<unsigned char>(*p)])
          ++p;
        number[c] = -1;
      } else {
        if (p == start) return false;
        number[c] = detail::interner::small_number_of_digits(value, static_cast<std::size_t>(p - start), *start);
      }
      text[c] = std::string_view(start, static_cast<std::size_t>(p - start));
      if (max_field != 0 && text[c].size() > max_field) return false;  // (the general path says why)
      if (c + 1 < layout.size()) {
        if (p == last_byte || *p != delimiter) return false;
        ++p;
      } else if (p != last_byte && *p != '\n') {
        return false;
      }
    }
    double w = 0;
    for (std::size_t c = 0; c < layout.size(); ++c)
      if (layout[c] == col::weight) {
        const auto parsed = detail::parse_double(text[c]);
        if (!parsed) return false;
        w = *parsed;
      }
    for (std::size_t c = 0; c < layout.size(); ++c) {
      if (layout[c] == col::weight) {
        out.weight.push_back(w);
        continue;
      }
      enqueue(text[c], number[c], layout[c] == col::source);
    }
    cursor.skip_record(static_cast<std::size_t>(p - first_byte));
    return true;
  };

  constexpr std::size_t release_every = std::size_t{16} << 20;
  std::size_t released = 0;
  for (;;) {
    if (batch.size() >= batch_size) {
      resolve();
      // Nothing before this record is read again once the batch is resolved.
      const std::size_t done = cursor.position() - std::min(cursor.position(), std::size_t{1} << 16);
      if (consumed && done >= released + release_every) {
        consumed(done);
        released = done;
      }
    }
    if (plain_layout && plain_record()) continue;
    if (!cursor.next(fields, columns)) break;
    if (fields.size() != layout.size())
      throw parse_error(
          {name, cursor.line(), 0}, "the line has " + std::to_string(fields.size()) + " fields, the header " +
                                        std::to_string(layout.size()) + " (" +
                                        [&] {
                                          std::string s;
                                          for (const auto& h : header)
                                            s += (s.empty() ? "" : ",") + h;
                                          return s;
                                        }() +
                                        ")");
    std::size_t extra = 0;
    date since, until;  // this tie's time; invalid: open
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const std::string_view f = fields[c];
      auto bad = [&](const std::string& what) {
        throw parse_error({name, cursor.line(), columns[c]}, "field `" + header[c] + "`: " + what);
      };
      if (max_field != 0 && f.size() > max_field) bad(string_limit_message("a value", f.size(), max_field));
      switch (layout[c]) {
        case col::source:
        case col::target: {
          const auto id = detail::trim(f);
          if (id.empty()) bad("an empty node id");
          if (id.data() >= first_byte && id.data() < last_byte) {
            enqueue(id, detail::interner::small_number(id), layout[c] == col::source);
          } else {
            resolve();
            (layout[c] == col::source ? out.source : out.target).push_back(nodes.intern(id));
          }
          break;
        }
        case col::weight: {
          const auto w = detail::parse_double(detail::trim(f));
          if (!w) bad("\"" + std::string(f) + "\" is not a number (expected a finite weight)");
          out.weight.push_back(*w);
          break;
        }
        case col::sign: {
          const auto s = parse_sign(detail::trim(f));
          if (!s) bad("\"" + std::string(f) + "\" is not a sign (expected +, -, 1, -1 or 0)");
          out.sign.push_back(*s);
          break;
        }
        case col::type:
          out.type.push_back(types.intern(detail::trim(f)));
          break;
        case col::date: {
          const auto text = detail::trim(f);
          out.date.emplace_back(text);
          if (out.time == edge_time::dated && !text.empty()) {
            const auto d = date::parse(text);
            if (!d) bad("\"" + std::string(text) + "\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
            since = until = *d;
          }
          break;
        }
        case col::year:
        case col::since:
        case col::until: {
          const auto text = detail::trim(f);
          if (text.empty()) break;
          const auto d = date::parse(text);
          if (!d || (layout[c] == col::year && d->precision() != date_precision::year))
            bad("\"" + std::string(text) + "\" is not a " +
                (layout[c] == col::year ? std::string("year (expected YYYY)")
                                        : std::string("date (expected YYYY, YYYY-MM or YYYY-MM-DD)")));
          if (layout[c] != col::until) since = *d;
          if (layout[c] != col::since) until = *d;
          break;
        }
        case col::window: {
          const auto text = detail::trim(f);
          if (text.empty()) bad("an empty window (expected a period such as 46-49, 1946-1949 or 1946..1949)");
          const auto span = parse_period(text);
          if (!span)
            bad("\"" + std::string(text) +
                "\" is not a period (expected e.g. 46-49, 1946-1949, 1946..1949 or one date)");
          since = span->first;
          until = span->second;
          auto [it, added] =
              snapshot_index.try_emplace(std::string(text), static_cast<std::uint32_t>(out.snapshot_names.size()));
          if (added) out.snapshot_names.emplace_back(text);
          out.snapshot.push_back(it->second);
          break;
        }
        case col::extra:
          out.extra_values[extra++].emplace_back(f);
          break;
      }
    }
    if (out.time != edge_time::none) {
      if (since.valid() && until.valid() && since.first_day() > until.last_day())
        throw parse_error({name, cursor.line(), 0},
                          "the tie's since " + since.to_string() + " is after its until " + until.to_string());
      out.since.push_back(since);
      out.until.push_back(until);
    }
  }
  resolve();
  // Every id was interned (the batches all resolved): one node per end, each a node of the list.
  FAULTLINE_ASSERT(out.source.size() == out.target.size(), "an edge without both ends");
  FAULTLINE_ASSERT(
      std::all_of(out.source.begin(), out.source.end(), [&](std::uint32_t n) { return n < out.nodes.size(); }) &&
          std::all_of(out.target.begin(), out.target.end(), [&](std::uint32_t n) { return n < out.nodes.size(); }),
      "an edge end that is no node");
  return out;
}

edge_list read_edge_list_csv(std::string_view bytes, const std::string& name, const edge_list_options& options) {
  return read_edge_list_csv_impl(bytes, name, options, {});
}

std::size_t add_node_list_csv(edge_list& edges, std::string_view bytes, const std::string& name,
                              const edge_list_options& options) {
  bytes = detail::without_bom(bytes);
  detail::require_utf8(bytes, name);
  csv_cursor cursor(bytes, detect_delimiter(bytes, options), name);
  std::vector<std::string_view> fields;
  std::vector<std::size_t> columns;
  if (!cursor.next(fields, columns))
    throw parse_error({name, 1, 0}, "the file is empty: expected a header with an `id` column");
  int id_col = -1, label_col = -1;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const auto h = lower(detail::trim(fields[c]));
    if (h == "id") id_col = static_cast<int>(c);
    if (h == "label" || h == "name") label_col = static_cast<int>(c);
  }
  if (id_col < 0) throw parse_error({name, 1, 1}, "the header of a node list must have an `id` column");
  const std::size_t width = fields.size();
  edge_list staged = edges;  // nothing half-added on error
  detail::interner nodes(staged.nodes);
  if (label_col >= 0) staged.labels.resize(staged.nodes.size());
  std::vector<char> seen(staged.nodes.size(), 0);
  std::size_t added = 0;
  while (cursor.next(fields, columns)) {
    if (fields.size() != width)
      throw parse_error({name, cursor.line(), 0}, "the line has " + std::to_string(fields.size()) +
                                                      " fields, the header " + std::to_string(width));
    if (const auto max_field = options.limits.max_string_bytes; max_field != 0)
      for (std::size_t c = 0; c < fields.size(); ++c)
        if (fields[c].size() > max_field)
          throw parse_error({name, cursor.line(), columns[c]},
                            string_limit_message("a value", fields[c].size(), max_field));
    const auto id = detail::trim(fields[static_cast<std::size_t>(id_col)]);
    if (id.empty())
      throw parse_error({name, cursor.line(), columns[static_cast<std::size_t>(id_col)]},
                        "field `id`: an empty node id");
    const std::size_t before = staged.nodes.size();
    const auto n = nodes.intern(id);
    if (staged.nodes.size() > before) {
      ++added;
      seen.push_back(0);
      if (label_col >= 0) staged.labels.emplace_back();
    }
    if (seen[n])
      throw parse_error({name, cursor.line(), columns[static_cast<std::size_t>(id_col)]},
                        "node \"" + std::string(id) + "\" is listed twice");
    seen[n] = 1;
    if (label_col >= 0) staged.labels[n] = std::string(detail::trim(fields[static_cast<std::size_t>(label_col)]));
  }
  edges = std::move(staged);
  return added;
}

edge_list load_edge_list(const std::filesystem::path& path, const edge_list_options& options) {
  detail::mapped_file file(path);
  const auto ext = lower(path.extension().string());
  if (ext == ".net" || ext == ".paj") return read_pajek(file.bytes(), path.string(), options);
  edge_list_options o = options;
  if (o.delimiter == 0 && (ext == ".tsv" || ext == ".tab")) o.delimiter = '\t';
  return read_edge_list_csv_impl(file.bytes(), path.string(), o, [&file](std::size_t done) { file.release(done); });
}

}  // namespace faultline
