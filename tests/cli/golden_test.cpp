// SPDX-License-Identifier: Apache-2.0
// Golden transcripts of the faultline command. One transcript file is one
// CTest test: `golden_test --transcript FILE`.
//
// Transcript format (tests/cli/golden/*.t):
//   # comment
//   $ faultline ARGS...            a command (shell-like quoting: '...' and "...")
//   $ faultline ARGS... < FILE     the same with FILE as standard input (else /dev/null)
//   $ truncate FILE BYTES          helpers that damage files for error cases
//   $ flip FILE OFFSET
//   $ write FILE TEXT              writes TEXT (with \n and \0 escapes) to FILE
//   > text                         an expected line of standard output (">" alone: empty line)
//   ! text                         an expected line of standard error
//   ? N                            the expected exit code (default 0)
// {samples} stands for the samples/ directory and {tmp} for a fresh temporary
// directory, in commands and in output. Durations vary from run to run, so in
// output "0.02 s (25 MB/s)" reads "{time}" and a JSON `"seconds": 0.02` (or
// "import_seconds", "write_seconds") reads `"seconds": {time}`; the size in
// "Wrote FILE (N bytes)" reads "{size}", as it depends on the checkout's path. With FAULTLINE_REWRITE_GOLDEN=1 the
// file is rewritten from the actual output; review the change as a diff.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string transcript_path;

struct step {
  std::vector<std::string> comments;  // lines before the command
  std::string command;                // after "$ "
  std::vector<std::string> out, err;
  int exit = 0;
};

std::vector<step> parse(const std::string& text) {
  std::vector<step> steps;
  std::vector<std::string> pending;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("$ ", 0) == 0) {
      steps.push_back({pending, line.substr(2), {}, {}, 0});
      pending.clear();
    } else if (!steps.empty() && (line == ">" || line.rfind("> ", 0) == 0)) {
      steps.back().out.push_back(line.size() > 2 ? line.substr(2) : "");
    } else if (!steps.empty() && (line == "!" || line.rfind("! ", 0) == 0)) {
      steps.back().err.push_back(line.size() > 2 ? line.substr(2) : "");
    } else if (!steps.empty() && line.rfind("? ", 0) == 0) {
      steps.back().exit = std::stoi(line.substr(2));
    } else {
      pending.push_back(line);
    }
  }
  if (!pending.empty()) steps.push_back({pending, "", {}, {}, 0});  // trailing comments
  return steps;
}

std::string render(const std::vector<step>& steps) {
  std::string out;
  for (const auto& s : steps) {
    for (const auto& c : s.comments)
      out += c + "\n";
    if (s.command.empty()) continue;
    out += "$ " + s.command + "\n";
    for (const auto& l : s.out)
      out += l.empty() ? ">\n" : "> " + l + "\n";
    for (const auto& l : s.err)
      out += l.empty() ? "!\n" : "! " + l + "\n";
    if (s.exit != 0) out += "? " + std::to_string(s.exit) + "\n";
  }
  return out;
}

std::vector<std::string> split_words(const std::string& command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  bool escaped = false;  // inside "...": \" is a quote, \\ a backslash, other escapes are kept for `write`
  for (char c : command) {
    if (quote) {
      if (escaped) {
        if (c != '"' && c != '\\') word += '\\';
        word += c;
        escaped = false;
      } else if (quote == '"' && c == '\\') {
        escaped = true;
      } else if (c == quote) {
        quote = 0;
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
}

std::vector<std::string> lines_of(std::string text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    lines.push_back(line);
  return lines;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Masks what varies from run to run (see the header). Plain scanning, not
// std::regex: GCC 12 warns inside <regex> at -O2 (-Wmaybe-uninitialized).
void mask_varying(std::string& s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // "12.34 s (56 MB/s)" -> "{time}"
    if (digit(s[i]) && (i == 0 || !digit(s[i - 1]))) {
      std::size_t j = i;
      while (j < s.size() && digit(s[j]))
        ++j;
      if (j < s.size() && s[j] == '.') {
        std::size_t k = j + 1;
        while (k < s.size() && digit(s[k]))
          ++k;
        if (k > j + 1 && s.compare(k, 4, " s (") == 0) {
          std::size_t m = k + 4;
          while (m < s.size() && digit(s[m]))
            ++m;
          if (m > k + 4 && s.compare(m, 6, " MB/s)") == 0) {
            out += "{time}";
            i = m + 6;
            continue;
          }
        }
      }
    }
    // "...seconds": 0.123 -> "...seconds": {time}
    if (s.compare(i, 10, "seconds\": ") == 0) {
      std::size_t j = i + 10;
      while (j < s.size() && (digit(s[j]) || s[j] == '.' || s[j] == '-' || s[j] == 'e' || s[j] == '+'))
        ++j;
      if (j > i + 10) {
        out += "seconds\": {time}";
        i = j;
        continue;
      }
    }
    // "Wrote FILE (123 bytes)" -> "Wrote FILE ({size} bytes)"
    if (s.compare(i, 6, "Wrote ") == 0) {
      const auto open = s.find(" (", i + 6);
      const auto line_end = s.find('\n', i);
      if (open != std::string::npos && open < line_end) {
        std::size_t j = open + 2;
        while (j < s.size() && digit(s[j]))
          ++j;
        if (j > open + 2 && s.compare(j, 7, " bytes)") == 0) {
          out.append(s, i, open + 2 - i);
          out += "{size}";
          i = j;
          continue;
        }
      }
    }
    out += s[i++];
  }
  s = std::move(out);
}

// Runs the CLI with stdout and stderr captured to files; returns the exit code.
int run(const std::vector<std::string>& args, const fs::path& dir, std::string& out, std::string& err,
        const std::string& input = "/dev/null") {
  const fs::path out_file = dir / ".stdout", err_file = dir / ".stderr";
  const pid_t pid = fork();
  if (pid == 0) {
    const int o = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int n = ::open(input.c_str(), O_RDONLY);
    if (o < 0 || e < 0 || n < 0 || ::dup2(o, 1) < 0 || ::dup2(e, 2) < 0 || ::dup2(n, 0) < 0 ||
        ::chdir(dir.c_str()) != 0)
      _exit(127);
    std::vector<char*> argv;
    std::string exe = FAULTLINE_CLI_PATH;
    argv.push_back(exe.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(exe.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  out = read_all(out_file);
  err = read_all(err_file);
  fs::remove(out_file);
  fs::remove(err_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Line diff (longest common subsequence), unified-style, for failure messages.
std::string diff(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  const std::size_t n = want.size(), m = got.size();
  std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = want[i] == got[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && want[i] == got[j]) {
      out += "  " + want[i++] + "\n";
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + got[j++] + "\n";
    } else {
      out += "- " + want[i++] + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("golden transcript") {
  REQUIRE_MESSAGE(!transcript_path.empty(), "pass --transcript FILE");
  const std::string text = read_all(transcript_path);
  REQUIRE_MESSAGE(!text.empty(), "cannot read " << transcript_path);
  auto steps = parse(text);
  const fs::path tmp = fs::temp_directory_path() / ("faultline-golden-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  const std::string samples = FAULTLINE_SAMPLES_DIR;
  const bool rewrite = std::getenv("FAULTLINE_REWRITE_GOLDEN") != nullptr;
  for (auto& s : steps) {
    if (s.command.empty()) continue;
    std::string command = s.command;
    replace_all(command, "{samples}", samples);
    replace_all(command, "{tmp}", tmp.string());
    auto words = split_words(command);
    REQUIRE_MESSAGE(!words.empty(), "empty command in " << transcript_path);
    std::string out, err;
    int code = 0;
    if (words[0] == "faultline" && words.size() >= 3 && words[words.size() - 2] == "<") {
      code = run({words.begin() + 1, words.end() - 2}, tmp, out, err, words.back());
    } else if (words[0] == "faultline") {
      code = run({words.begin() + 1, words.end()}, tmp, out, err);
    } else if (words[0] == "truncate" && words.size() == 3) {
      fs::resize_file(words[1], std::stoull(words[2]));
    } else if (words[0] == "flip" && words.size() == 3) {
      std::fstream f(words[1], std::ios::in | std::ios::out | std::ios::binary);
      f.seekg(static_cast<std::streamoff>(std::stoull(words[2])));
      char c = 0;
      f.get(c);
      f.seekp(static_cast<std::streamoff>(std::stoull(words[2])));
      f.put(static_cast<char>(c ^ 0x20));
    } else if (words[0] == "write" && words.size() == 3) {
      std::string body = words[2];
      replace_all(body, "\\n", "\n");
      replace_all(body, "\\0", std::string(1, '\0'));
      std::ofstream(words[1], std::ios::binary) << body;
    } else {
      FAIL("unknown command `" << words[0] << "` in " << transcript_path);
    }
    for (auto* stream : {&out, &err}) {
      replace_all(*stream, tmp.string(), "{tmp}");
      replace_all(*stream, samples, "{samples}");
      mask_varying(*stream);
    }
    const auto got_out = lines_of(out), got_err = lines_of(err);
    if (rewrite) {
      s.out = got_out;
      s.err = got_err;
      s.exit = code;
      continue;
    }
    INFO("transcript: " << transcript_path << "\ncommand: " << s.command);
    CHECK_MESSAGE(got_out == s.out, "stdout differs (- expected, + actual):\n" << diff(s.out, got_out));
    CHECK_MESSAGE(got_err == s.err, "stderr differs (- expected, + actual):\n" << diff(s.err, got_err));
    CHECK_MESSAGE(code == s.exit, "exit code " << code << ", expected " << s.exit);
  }
  fs::remove_all(tmp);
  if (rewrite) std::ofstream(transcript_path, std::ios::binary) << render(steps);
}

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int k = 0; k < argc; ++k) {
    if (std::string(argv[k]) == "--transcript" && k + 1 < argc)
      transcript_path = argv[++k];
    else
      rest.push_back(argv[k]);
  }
  doctest::Context context(static_cast<int>(rest.size()), rest.data());
  return context.run();
}
