// SPDX-License-Identifier: Apache-2.0
// libyaml's and nlohmann's event parsers behind one event interface (see
// scenario_events.hpp). Neither parser recurses, so deep nesting cannot
// overflow the stack; the reader bounds the depth itself.
#include "scenario_events.hpp"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <nlohmann/json.hpp>

namespace faultline::scenario_detail {

const std::string& node::Scalar() const {
  static const std::string none;
  return IsScalar() ? t_->text : none;
}

node node::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  for (std::size_t k = 0; k + 1 < t_->items.size(); k += 2) {
    // (The first byte is compared first: most keys differ there.)
    const auto& kt = t_->items[k];
    if (kt.kind == tree::type::scalar && kt.text.size() == key.size() && !key.empty() && kt.text[0] == key[0] &&
        std::memcmp(kt.text.data(), key.data(), key.size()) == 0)
      return node(&t_->items[k + 1]);
  }
  return {};
}

std::size_t node::size() const {
  if (IsSequence()) return t_->items.size();
  if (IsMap()) return t_->items.size() / 2;
  return 0;
}

mark mark_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t k = 0; k < offset; ++k)
    if (text[k] == '\n') {
      ++line;
      line_start = k + 1;
    }
  return {line, static_cast<std::uint32_t>(offset - line_start + 1)};
}

namespace {

mark to_mark(const yaml_mark_t& m) {
  return {static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1)};
}

std::string_view view(const yaml_char_t* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// Owns a libyaml parser or event for the scope, whatever is thrown.
struct yaml_parser_guard {
  yaml_parser_t parser{};
  yaml_parser_guard() { yaml_parser_initialize(&parser); }
  ~yaml_parser_guard() { yaml_parser_delete(&parser); }
  yaml_parser_guard(const yaml_parser_guard&) = delete;
  yaml_parser_guard& operator=(const yaml_parser_guard&) = delete;
};

struct yaml_event_guard {
  yaml_event_t event{};
  ~yaml_event_guard() { yaml_event_delete(&event); }
};

bool is_null_text(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

}  // namespace

bool parse_yaml(std::string_view text, event_sink& sink, syntax_problem& problem) {
  yaml_parser_guard g;
  yaml_parser_set_input_string(&g.parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  yaml_parser_set_encoding(&g.parser, YAML_UTF8_ENCODING);
  for (;;) {
    yaml_event_guard e;
    if (yaml_parser_parse(&g.parser, &e.event) == 0) {
      const auto& p = g.parser;
      if (p.error == YAML_READER_ERROR) {
        problem.at = mark_of_offset(text, p.problem_offset);
      } else {
        problem.at = to_mark(p.problem_mark);
      }
      problem.message = p.problem != nullptr ? p.problem : "the YAML parser failed";
      if (p.error == YAML_MEMORY_ERROR) problem.message = "out of memory while parsing";
      if (p.context != nullptr && p.error != YAML_READER_ERROR)
        problem.message += " " + std::string(p.context) + " that starts at line " +
                           std::to_string(p.context_mark.line + 1) + ", column " +
                           std::to_string(p.context_mark.column + 1);
      return false;
    }
    const auto& ev = e.event;
    const auto at = to_mark(ev.start_mark);
    switch (ev.type) {
      case YAML_STREAM_END_EVENT:
        return true;
      case YAML_DOCUMENT_START_EVENT:
        sink.document_start(at);
        break;
      case YAML_MAPPING_START_EVENT:
        sink.map_start(at, view(ev.data.mapping_start.anchor));
        break;
      case YAML_MAPPING_END_EVENT:
        sink.map_end();
        break;
      case YAML_SEQUENCE_START_EVENT:
        sink.seq_start(at, view(ev.data.sequence_start.anchor));
        break;
      case YAML_SEQUENCE_END_EVENT:
        sink.seq_end();
        break;
      case YAML_SCALAR_EVENT: {
        const auto& s = ev.data.scalar;
        const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
        const bool null = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nullptr && is_null_text(value);
        sink.scalar(at, view(s.anchor), value, null);
        break;
      }
      case YAML_ALIAS_EVENT:
        sink.alias(at, view(ev.data.alias.anchor));
        break;
      default:
        break;  // stream start, document end
    }
  }
}

bool looks_like_json(std::string_view text) {
  std::size_t k = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  auto skip = [&] {
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
      ++k;
  };
  skip();
  if (k == text.size() || text[k] != '{') return false;
  ++k;
  skip();
  return k < text.size() && (text[k] == '"' || text[k] == '}');
}

namespace {

// A pointer iterator that publishes how far nlohmann's lexer has read, so
// that the SAX handler can find where each token starts (the SAX interface
// itself gives no positions).
class tracking_iterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  tracking_iterator(const char* p, const char** cursor) : p_(p), cursor_(cursor) {}
  reference operator*() const { return *p_; }
  tracking_iterator& operator++() {
    *cursor_ = ++p_;
    return *this;
  }
  tracking_iterator operator++(int) {
    auto old = *this;
    ++*this;
    return old;
  }
  bool operator==(const tracking_iterator& o) const { return p_ == o.p_; }
  bool operator!=(const tracking_iterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  const char** cursor_;
};

// Turns nlohmann's SAX callbacks into events with marks. At each callback
// the lexer has just read the token (and, after a number, one character
// more); the token starts at the first character after the previous token
// that is not white space, ',' or ':'.
class json_handler {
 public:
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;

  json_handler(std::string_view text, event_sink& sink, syntax_problem& problem)
      : text_(text), sink_(sink), problem_(problem), cursor_(text.data()), previous_(text.data()) {}

  const char** cursor() { return &cursor_; }

  bool null() {
    const auto at = token_start();
    sink_.scalar(mark_at(at), {}, "null", true);
    return done();
  }
  bool boolean(bool v) {
    const auto at = token_start();
    sink_.scalar(mark_at(at), {}, v ? "true" : "false", false);
    return done();
  }
  bool number_integer(number_integer_t) { return number(); }
  bool number_unsigned(number_unsigned_t) { return number(); }
  bool number_float(number_float_t, const string_t&) { return number(); }
  bool string(string_t& s) {
    const auto at = token_start();
    sink_.scalar(mark_at(at), {}, s, false);
    return done();
  }
  bool binary(binary_t&) { return done(); }
  bool start_object(std::size_t) {
    const auto at = token_start();
    sink_.map_start(mark_at(at), {});
    return done();
  }
  bool key(string_t& s) { return string(s); }
  bool end_object() {
    sink_.map_end();
    return done();
  }
  bool start_array(std::size_t) {
    const auto at = token_start();
    sink_.seq_start(mark_at(at), {});
    return done();
  }
  bool end_array() {
    sink_.seq_end();
    return done();
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception& e) {
    // "[json.exception.parse_error.101] parse error at line 4, column 1: syntax error while parsing ..."
    std::string what = e.what();
    unsigned long line = 0, column = 0;
    if (const auto p = what.find("at line "); p != std::string::npos) {
      std::sscanf(what.c_str() + p, "at line %lu, column %lu", &line, &column);
      if (const auto colon = what.find(": ", p); colon != std::string::npos) what = what.substr(colon + 2);
    }
    if (what.rfind("syntax error ", 0) == 0) what = what.substr(13);
    problem_.at = {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
    problem_.message = what;
    return false;
  }

 private:
  std::string_view text_;
  event_sink& sink_;
  syntax_problem& problem_;
  const char* cursor_;    // how far the lexer has read
  const char* previous_;  // where the lexer was at the previous callback
  // Line counting, forward only: the line of `counted_` and where it starts.
  const char* counted_ = text_.data();
  std::uint32_t line_ = 1;
  const char* line_start_ = text_.data();

  bool done() {
    previous_ = cursor_;
    return true;
  }

  const char* token_start() const {
    const char* p = previous_;
    const char* end = cursor_;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ',' || *p == ':'))
      ++p;
    return p;
  }

  mark mark_at(const char* p) {
    while (counted_ < p) {
      const void* nl = std::memchr(counted_, '\n', static_cast<std::size_t>(p - counted_));
      if (nl == nullptr) {
        counted_ = p;
        break;
      }
      counted_ = static_cast<const char*>(nl) + 1;
      ++line_;
      line_start_ = counted_;
    }
    return {line_, static_cast<std::uint32_t>(p - line_start_ + 1)};
  }

  bool number() {
    const char* start = token_start();
    const char* end = start;
    const char* limit = text_.data() + text_.size();
    while (end < limit && (std::isdigit(static_cast<unsigned char>(*end)) != 0 || *end == '-' || *end == '+' ||
                           *end == '.' || *end == 'e' || *end == 'E'))
      ++end;
    sink_.scalar(mark_at(start), {}, std::string_view(start, static_cast<std::size_t>(end - start)), false);
    return done();
  }
};

}  // namespace

bool parse_json(std::string_view text, event_sink& sink, syntax_problem& problem) {
  json_handler handler(text, sink, problem);
  tracking_iterator first(text.data(), handler.cursor());
  tracking_iterator last(text.data() + text.size(), handler.cursor());
  sink.document_start({1, 1});
  return nlohmann::json::sax_parse(first, last, &handler);
}

}  // namespace faultline::scenario_detail
