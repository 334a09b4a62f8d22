// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/blocs.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>
#include <queue>
#include <unordered_map>

#include <boost/graph/adjacency_matrix.hpp>
#include <boost/graph/bron_kerbosch_all_cliques.hpp>

#include <faultline/graph/error.hpp>

#include "signed_random.hpp"

namespace faultline {

void bloc_options::validate() const {
  if (!(alpha > 0.0 && alpha < 1.0))
    throw usage_error("Alpha " + number_text(alpha) + " is invalid: expected a number strictly between 0 and 1");
  if (!(auto_min_gain >= 0.0 && auto_min_gain < 1.0))
    throw usage_error("Minimum gain " + number_text(auto_min_gain) + " is invalid: expected a number in [0, 1)");
  if (max_k == 0) throw usage_error("The largest k must be at least 1");
  if (exact_max_nodes == 0 || exact_max_nodes > 256)
    throw usage_error("Exact search limit " + std::to_string(exact_max_nodes) + " is invalid: expected 1 to 256 nodes");
  if (exact_max_steps == 0) throw usage_error("The exact search needs at least 1 step");
  if (restarts == 0) throw usage_error("Restarts must be at least 1");
  if (max_sweeps == 0) throw usage_error("Relocation rounds must be at least 1");
}

void clique_options::validate() const {
  if (min_size == 0) throw usage_error("Smallest clique size must be at least 1");
}

namespace {

// One connected part of the signed graph, with local indices and, per
// adjacency entry, what the tie costs when its ends share a bloc (`same`) and
// when they do not (`diff`).
struct part {
  std::vector<std::uint32_t> nodes;  // global, increasing
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> nbr;
  std::vector<double> same;
  std::vector<double> diff;
  std::size_t ties = 0;
  double eps = 1e-12;  // tolerance for comparing criterion values
};

struct cost_model {
  double alpha;
  bool weighted;
  [[nodiscard]] double same(const signed_tie& t) const { return t.sign < 0 ? 2.0 * alpha * w(t) : 0.0; }
  [[nodiscard]] double diff(const signed_tie& t) const { return t.sign > 0 ? 2.0 * (1.0 - alpha) * w(t) : 0.0; }
  [[nodiscard]] double w(const signed_tie& t) const { return weighted ? t.weight : 1.0; }
};

std::vector<part> split_parts(const signed_graph& g, const cost_model& cost) {
  const auto n = g.node_count();
  std::vector<std::uint32_t> local(n, no_index);
  std::vector<part> parts;
  std::vector<std::uint32_t> queue;
  for (std::uint32_t start = 0; start < n; ++start) {
    if (local[start] != no_index || g.degree(start) == 0) continue;
    part p;
    queue.assign(1, start);
    local[start] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (auto y : g.neighbours_of(queue[head]))
        if (local[y] == no_index) {
          local[y] = 0;
          queue.push_back(y);
        }
    std::sort(queue.begin(), queue.end());
    p.nodes = queue;
    for (std::uint32_t k = 0; k < p.nodes.size(); ++k)
      local[p.nodes[k]] = k;
    p.offsets.assign(p.nodes.size() + 1, 0);
    double total = 0.0;
    for (std::uint32_t k = 0; k < p.nodes.size(); ++k) {
      const auto x = p.nodes[k];
      const auto nbrs = g.neighbours_of(x);
      const auto ties = g.ties_of(x);
      for (std::size_t e = 0; e < nbrs.size(); ++e) {
        const auto& t = g.ties[ties[e]];
        p.nbr.push_back(local[nbrs[e]]);
        p.same.push_back(cost.same(t));
        p.diff.push_back(cost.diff(t));
        total += p.same.back() + p.diff.back();
      }
      p.offsets[k + 1] = static_cast<std::uint32_t>(p.nbr.size());
    }
    p.ties = p.nbr.size() / 2;
    p.eps = 1e-9 * std::max(1.0, total / static_cast<double>(std::max<std::size_t>(1, p.nbr.size())));
    parts.push_back(std::move(p));
  }
  return parts;
}

double part_value(const part& p, const std::vector<std::uint32_t>& assign) {
  double value = 0.0;
  for (std::uint32_t x = 0; x < p.nodes.size(); ++x)
    for (auto e = p.offsets[x]; e < p.offsets[x + 1]; ++e)
      if (p.nbr[e] > x) value += assign[x] == assign[p.nbr[e]] ? p.same[e] : p.diff[e];
  return value;
}

// Throws cancelled_error when the caller's callback says stop.
struct progress_hook {
  const progress_callback* callback = nullptr;
  double base = 0.0;   // fraction done before the current part
  double share = 0.0;  // fraction the current part stands for
  void operator()(double within) const {
    if (*callback && !(*callback)(static_cast<std::size_t>(1000.0 * std::clamp(base + share * within, 0.0, 1.0)), 1000))
      throw cancelled_error();
  }
};

// Multi-start relocation on one part.
class relocator {
 public:
  relocator(const part& p, std::size_t k) : p_(p), k_(static_cast<std::uint32_t>(k)) {
    const auto n = p.nodes.size();
    assign_.assign(n, no_bloc);
    size_.assign(k_, 0);
    acc_same_.assign(k_, 0.0);
    acc_diff_.assign(k_, 0.0);
    touched_flag_.assign(k_, 0);
    empty_pos_.assign(k_, no_index);
    queued_.assign(n, 0);
  }

  // One restart; returns its local optimum's value and leaves the assignment in assign().
  double run(detail::random_generator& rng, bool greedy_start, std::size_t max_sweeps) {
    if (greedy_start && k_ <= max_cached_k)
      confident_greedy(rng);
    else if (greedy_start)
      greedy(rng);
    else
      for (auto& a : assign_)
        a = static_cast<std::uint32_t>(rng.below(k_));
    recount();
    // Cheapest first: exchanges and merges only once single moves are exhausted.
    // Later rounds start from the nodes that exchanges and merges touched.
    const std::size_t budget = max_sweeps * p_.nodes.size();
    for (std::size_t round = 0; round < max_sweeps; ++round) {
      relocate(rng, budget, round == 0);
      if (!exchange_pass() && !merge_pass()) break;
    }
    return part_value(p_, assign_);
  }

  [[nodiscard]] const std::vector<std::uint32_t>& assign() const noexcept { return assign_; }

 private:
  // Bloc sums of the placed neighbours of x.
  void scan(std::uint32_t x) {
    for (auto c : touched_) {
      touched_flag_[c] = 0;
      acc_same_[c] = acc_diff_[c] = 0.0;
    }
    touched_.clear();
    total_diff_ = 0.0;
    for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
      const auto c = assign_[p_.nbr[e]];
      if (c == no_bloc) continue;
      total_diff_ += p_.diff[e];
      if (!touched_flag_[c]) {
        touched_flag_[c] = 1;
        touched_.push_back(c);
      }
      acc_same_[c] += p_.same[e];
      acc_diff_[c] += p_.diff[e];
    }
  }
  // Cost of x's ties to placed neighbours if x is in bloc c (after scan(x)).
  [[nodiscard]] double cost(std::uint32_t c) const { return acc_same_[c] + total_diff_ - acc_diff_[c]; }

  // Places the nodes one by one, each in its cheapest bloc given those
  // placed, always taking next the unplaced node whose choice is the most
  // certain: the largest margin between its cheapest and second-cheapest
  // bloc (then the most tie weight to placed nodes, then at random). Friends
  // of placed nodes follow them at once; a node that could as well go to two
  // blocs waits for more evidence; a fresh bloc opens only for a node that
  // every open bloc would cost more (so that a bloc is not seeded by a node
  // that belongs to another). Keeps k costs per node: used for k <= 16.
  void confident_greedy(detail::random_generator& rng) {
    const auto n = static_cast<std::uint32_t>(p_.nodes.size());
    std::fill(assign_.begin(), assign_.end(), no_bloc);
    acc_same_rows_.assign(static_cast<std::size_t>(n) * k_, 0.0);
    acc_diff_rows_.assign(static_cast<std::size_t>(n) * k_, 0.0);
    std::vector<double> placed_diff(n, 0.0), evidence(n, 0.0);
    std::uint32_t used = 0;
    // The cheapest bloc of y given the placed nodes, and the margin to the next one.
    auto evaluate = [&](std::uint32_t y, std::uint32_t& choice) {
      const double* same = &acc_same_rows_[static_cast<std::size_t>(y) * k_];
      const double* diff = &acc_diff_rows_[static_cast<std::size_t>(y) * k_];
      double best = std::numeric_limits<double>::infinity(), second = best;
      choice = no_bloc;
      auto consider = [&](std::uint32_t c, double cost) {
        if (cost < best - p_.eps) {
          second = best;
          best = cost;
          choice = c;
        } else if (cost < second) {
          second = cost;
        }
      };
      for (std::uint32_t c = 0; c < used; ++c)
        consider(c, same[c] + placed_diff[y] - diff[c]);
      if (used < k_) consider(used, placed_diff[y]);
      return second - best;  // infinite when there is one choice only
    };
    struct entry {
      double margin;
      double evidence;
      std::uint64_t tiebreak;
      std::uint32_t node;
      bool operator<(const entry& o) const {
        if (margin != o.margin) return margin < o.margin;
        if (evidence != o.evidence) return evidence < o.evidence;
        return tiebreak < o.tiebreak;
      }
    };
    std::priority_queue<entry> heap;
    const auto root = static_cast<std::uint32_t>(rng.below(n));
    heap.push({std::numeric_limits<double>::infinity(), 0.0, 0, root});
    while (!heap.empty()) {
      const auto top = heap.top();
      heap.pop();
      const auto x = top.node;
      if (assign_[x] != no_bloc) continue;
      std::uint32_t choice = no_bloc;
      const double margin = evaluate(x, choice);
      if (margin != top.margin || evidence[x] != top.evidence) {  // stale: opening a bloc changed it
        heap.push({margin, evidence[x], rng.next(), x});
        continue;
      }
      if (choice == used) ++used;
      assign_[x] = choice;
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
        const auto y = p_.nbr[e];
        if (assign_[y] != no_bloc) continue;
        acc_same_rows_[static_cast<std::size_t>(y) * k_ + choice] += p_.same[e];
        acc_diff_rows_[static_cast<std::size_t>(y) * k_ + choice] += p_.diff[e];
        placed_diff[y] += p_.diff[e];
        evidence[y] += p_.same[e] + p_.diff[e];
        std::uint32_t ignored = no_bloc;
        heap.push({evaluate(y, ignored), evidence[y], rng.next(), y});
      }
    }
  }

  // Places the nodes one by one, each in its cheapest bloc given those placed
  // (a fresh bloc while fewer than k are open), always taking next the
  // unplaced node with the most tie weight to placed ones, so that every
  // choice rests on as much evidence as there is; ties are broken at random.
  void greedy(detail::random_generator& rng) {
    std::fill(assign_.begin(), assign_.end(), no_bloc);
    const auto n = static_cast<std::uint32_t>(p_.nodes.size());
    struct entry {
      double evidence;
      std::uint64_t tiebreak;
      std::uint32_t node;
      bool operator<(const entry& o) const {
        return evidence != o.evidence ? evidence < o.evidence : tiebreak < o.tiebreak;
      }
    };
    std::priority_queue<entry> heap;
    std::vector<double> evidence(n, 0.0);
    heap.push({0.0, 0, static_cast<std::uint32_t>(rng.below(n))});
    std::uint32_t used = 0;
    while (!heap.empty()) {
      const auto top = heap.top();
      heap.pop();
      const auto x = top.node;
      if (assign_[x] != no_bloc || top.evidence != evidence[x]) continue;  // placed, or a stale entry
      scan(x);
      std::uint32_t best_c = no_bloc;
      double best = std::numeric_limits<double>::infinity();
      std::sort(touched_.begin(), touched_.end());
      for (auto c : touched_)
        if (cost(c) < best - p_.eps) {
          best = cost(c);
          best_c = c;
        }
      // A bloc with none of x's placed neighbours costs x's friendly ties.
      // Prefer an open one (picked at random) and open a fresh bloc only when
      // every open bloc costs more: blocs are opened on evidence, not early.
      if (total_diff_ < best - p_.eps) {
        if (touched_.size() < used) {
          const auto start = static_cast<std::uint32_t>(rng.below(used));
          for (std::uint32_t i = 0; i < used; ++i)
            if (!touched_flag_[(start + i) % used]) {
              best_c = (start + i) % used;
              break;
            }
        } else if (used < k_) {
          best_c = used;
        }
      }
      if (best_c == no_bloc) best_c = touched_.empty() ? 0 : touched_.front();
      if (best_c == used) ++used;
      assign_[x] = best_c;
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
        const auto y = p_.nbr[e];
        if (assign_[y] != no_bloc) continue;
        evidence[y] += p_.same[e] + p_.diff[e];
        heap.push({evidence[y], rng.next(), y});
      }
    }
  }

  void recount() {
    std::fill(size_.begin(), size_.end(), 0);
    for (auto a : assign_)
      ++size_[a];
    empties_.clear();
    std::fill(empty_pos_.begin(), empty_pos_.end(), no_index);
    for (std::uint32_t c = 0; c < k_; ++c)
      if (size_[c] == 0) {
        empty_pos_[c] = static_cast<std::uint32_t>(empties_.size());
        empties_.push_back(c);
      }
  }

  void move(std::uint32_t x, std::uint32_t to) {
    const auto from = assign_[x];
    if (--size_[from] == 0) {
      empty_pos_[from] = static_cast<std::uint32_t>(empties_.size());
      empties_.push_back(from);
    }
    if (size_[to]++ == 0) {
      const auto at = empty_pos_[to];
      empties_[at] = empties_.back();
      empty_pos_[empties_[at]] = at;
      empties_.pop_back();
      empty_pos_[to] = no_index;
    }
    assign_[x] = to;
  }

  // Moves single nodes to their best bloc until none gains: every node is
  // visited once in random order, then only the neighbours of nodes that
  // moved (a work queue, as in Louvain/Leiden local moving), so late rounds
  // cost only what changes. At most `budget` visits.
  bool relocate(detail::random_generator& rng, std::size_t budget, bool everyone) {
    const auto n = static_cast<std::uint32_t>(p_.nodes.size());
    if (everyone) {
      queue_.resize(n);
      std::iota(queue_.begin(), queue_.end(), 0u);
      queued_.assign(n, 1);
    }
    for (auto i = queue_.size(); i > 1; --i)
      std::swap(queue_[i - 1], queue_[rng.below(i)]);
    bool moved = false;
    for (std::size_t head = 0; head < queue_.size() && head < budget; ++head) {
      const auto x = queue_[head];
      queued_[x] = 0;
      const auto here = assign_[x];
      assign_[x] = no_bloc;  // so that scan() sees only the neighbours
      scan(x);
      assign_[x] = here;
      double best = cost(here);
      std::uint32_t best_c = here;
      for (auto c : touched_)
        if (cost(c) < best - p_.eps) {
          best = cost(c);
          best_c = c;
        }
      // A bloc with none of x's neighbours costs its friendly ties: prefer an empty one.
      if (total_diff_ < best - p_.eps) {
        if (!empties_.empty()) {
          best_c = empties_.back();
        } else if (touched_.size() < k_) {
          for (std::uint32_t c = 0; c < k_; ++c)
            if (!touched_flag_[c] && c != here) {
              best_c = c;
              break;
            }
        }
      }
      if (best_c == here) continue;
      move(x, best_c);
      moved = true;
      enqueue_neighbours(x);
      // Keep the queue from growing without bound: drop what was processed.
      if (head > n && head * 2 > queue_.size()) {
        queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(head + 1));
        budget -= head + 1;
        head = static_cast<std::size_t>(-1);
      }
    }
    queue_.clear();
    return moved;
  }

  void enqueue(std::uint32_t x) {
    if (queued_[x]) return;
    queued_[x] = 1;
    queue_.push_back(x);
  }
  void enqueue_neighbours(std::uint32_t x) {
    for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e)
      enqueue(p_.nbr[e]);
  }

  // Exchanges the two ends of a hostile tie between blocs when that lowers the
  // criterion (a move of either end alone may not).
  bool exchange_pass() {
    bool moved = false;
    ++stamp_;  // assignments changed since the last pass: every cached row is stale
    const auto n = static_cast<std::uint32_t>(p_.nodes.size());
    for (std::uint32_t x = 0; x < n; ++x)
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
        const auto y = p_.nbr[e];
        if (y <= x || p_.same[e] <= 0.0) continue;
        const auto a = assign_[x], b = assign_[y];
        if (a == b) continue;
        const double dx = delta(x, b), dy = delta(y, a);
        if (dx + dy - 2.0 * (p_.same[e] - p_.diff[e]) >= -p_.eps) continue;
        assign_[x] = b;
        assign_[y] = a;
        moved = true;
        for (auto z : {x, y}) {
          enqueue(z);
          enqueue_neighbours(z);
          forget(z);
          for (auto f = p_.offsets[z]; f < p_.offsets[z + 1]; ++f)
            forget(p_.nbr[f]);
        }
      }
    return moved;
  }

  // Merges the two blocs whose union lowers the criterion most (friendly ties
  // between them outweigh hostile ones), if any: no single move does that.
  bool merge_pass() {
    between_.clear();
    const auto n = static_cast<std::uint32_t>(p_.nodes.size());
    for (std::uint32_t x = 0; x < n; ++x)
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
        const auto y = p_.nbr[e];
        if (y <= x || assign_[x] == assign_[y]) continue;
        const auto a = std::min(assign_[x], assign_[y]), b = std::max(assign_[x], assign_[y]);
        between_[(static_cast<std::uint64_t>(a) << 32) | b] += p_.same[e] - p_.diff[e];
      }
    std::uint64_t best_key = 0;
    double best = -p_.eps;
    for (const auto& [key, change] : between_)
      if (change < best || (change == best && key < best_key)) {
        best = change;
        best_key = key;
      }
    if (best >= -p_.eps) return false;
    const auto into = static_cast<std::uint32_t>(best_key >> 32),
               from = static_cast<std::uint32_t>(best_key & 0xFFFFFFFFu);
    for (std::uint32_t x = 0; x < n; ++x)
      if (assign_[x] == from) {
        move(x, into);
        enqueue(x);
        enqueue_neighbours(x);
      }
    return true;
  }

  // Change of the criterion if x alone moved to bloc c. With few blocs, each
  // node's row of bloc costs is cached for the current exchange pass (an
  // exchange pass asks about most nodes several times).
  double delta(std::uint32_t x, std::uint32_t c) {
    const auto here = assign_[x];
    if (k_ > max_cached_k) {
      scan(x);
      return cost(c) - cost(here);
    }
    if (row_stamp_.empty()) {
      row_stamp_.assign(p_.nodes.size(), 0);
      rows_.assign(p_.nodes.size() * k_, 0.0);
    }
    double* row = &rows_[static_cast<std::size_t>(x) * k_];
    if (row_stamp_[x] != stamp_) {
      scan(x);
      for (std::uint32_t b = 0; b < k_; ++b)
        row[b] = cost(b);
      row_stamp_[x] = stamp_;
    }
    return row[c] - row[here];
  }
  void forget(std::uint32_t x) {
    if (!row_stamp_.empty()) row_stamp_[x] = 0;
  }
  static constexpr std::uint32_t max_cached_k = 16;

  const part& p_;
  std::uint32_t k_;
  std::vector<std::uint32_t> assign_, size_, touched_, empties_, empty_pos_, queue_;
  std::vector<char> queued_;
  std::vector<double> rows_;                           // cached bloc costs, k per node
  std::vector<double> acc_same_rows_, acc_diff_rows_;  // confident_greedy's per-node bloc sums
  std::vector<std::uint32_t> row_stamp_;               // the exchange pass a row was computed in
  std::uint32_t stamp_ = 0;
  std::vector<double> acc_same_, acc_diff_;
  std::vector<char> touched_flag_;
  std::unordered_map<std::uint64_t, double> between_;
  double total_diff_ = 0.0;
};

struct heuristic_outcome {
  std::vector<std::uint32_t> assign;
  double value = std::numeric_limits<double>::infinity();
  std::vector<double> values;  // per restart
};

heuristic_outcome run_heuristic(const part& p, std::size_t k, const bloc_options& options, std::size_t part_index,
                                const progress_hook& hook) {
  heuristic_outcome out;
  relocator r(p, k);
  for (std::size_t run = 0; run < options.restarts; ++run) {
    detail::random_generator rng(detail::mix_seed(options.seed, part_index, k, run));
    const double v = r.run(rng, run % 2 == 0, options.max_sweeps);
    out.values.push_back(v);
    if (v < out.value - p.eps) {
      out.value = v;
      out.assign = r.assign();
    }
    hook(static_cast<double>(run + 1) / static_cast<double>(options.restarts));
  }
  return out;
}

// Branch and bound on one part; see find_blocs() for the scheme.
class exact_search {
 public:
  exact_search(const part& p, std::size_t k, const bloc_options& options, const progress_hook& hook)
      : p_(p),
        n_(p.nodes.size()),
        k_(std::min(k, p.nodes.size())),
        max_steps_(options.exact_max_steps),
        count_limit_(options.count_optima_limit),
        hook_(hook) {
    make_order();
    inc_.assign(n_ * k_, 0.0);
    candidates_.assign(n_ * k_, 0);
    minv_.assign(n_, 0.0);
    assign_pos_.assign(n_, 0);
  }

  // Searches for a partition better than `upper` (whose assignment is `upper_assign`).
  void run(double upper, const std::vector<std::uint32_t>& upper_assign) {
    best_ = upper;
    best_assign_ = upper_assign;
    counting_ = count_limit_ > 0;
    dfs(0, 0, 0.0, 0.0);
  }

  [[nodiscard]] bool finished() const noexcept { return !aborted_; }
  [[nodiscard]] double best() const noexcept { return best_; }
  [[nodiscard]] const std::vector<std::uint32_t>& best_assign() const noexcept { return best_assign_; }
  /// Nodes visited; at most the budget (the node that would exceed it is not visited).
  [[nodiscard]] std::uint64_t steps() const noexcept { return std::min(steps_, max_steps_); }
  [[nodiscard]] std::size_t optimal_count() const noexcept { return count_; }
  [[nodiscard]] bool count_capped() const noexcept { return capped_ || count_limit_ == 0; }

 private:
  struct later_tie {
    std::uint32_t pos;
    double same;
    double diff;
  };

  // Each next node is the one with the most tie weight to the nodes already ordered.
  void make_order() {
    std::vector<double> strength(n_, 0.0), link(n_, 0.0);
    for (std::uint32_t x = 0; x < n_; ++x)
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e)
        strength[x] += p_.same[e] + p_.diff[e] + 1e-3;
    std::vector<char> placed(n_, 0);
    std::vector<std::uint32_t> order;
    pos_of_.assign(n_, 0);
    for (std::size_t step = 0; step < n_; ++step) {
      std::uint32_t pick = no_index;
      for (std::uint32_t x = 0; x < n_; ++x) {
        if (placed[x]) continue;
        if (pick == no_index || link[x] > link[pick] || (link[x] == link[pick] && strength[x] > strength[pick]))
          pick = x;
      }
      placed[pick] = 1;
      pos_of_[pick] = static_cast<std::uint32_t>(order.size());
      order.push_back(pick);
      for (auto e = p_.offsets[pick]; e < p_.offsets[pick + 1]; ++e)
        link[p_.nbr[e]] += p_.same[e] + p_.diff[e] + 1e-3;
    }
    order_ = order;
    later_.assign(n_, {});
    for (std::uint32_t x = 0; x < n_; ++x)
      for (auto e = p_.offsets[x]; e < p_.offsets[x + 1]; ++e) {
        const auto y = p_.nbr[e];
        if (pos_of_[y] > pos_of_[x]) later_[pos_of_[x]].push_back({pos_of_[y], p_.same[e], p_.diff[e]});
      }
  }

  [[nodiscard]] bool prune(double bound) const { return counting_ ? bound > best_ + p_.eps : bound >= best_ - p_.eps; }

  double apply(std::size_t i, std::size_t c, double sign) {
    double delta = 0.0;
    for (const auto& t : later_[i]) {
      double* row = &inc_[t.pos * k_];
      for (std::size_t b = 0; b < k_; ++b)
        row[b] += sign * (b == c ? t.same : t.diff);
      const double m = *std::min_element(row, row + k_);
      delta += m - minv_[t.pos];
      minv_[t.pos] = m;
    }
    return delta;
  }

  void leaf(double cost) {
    if (cost < best_ - p_.eps) {
      best_ = cost;
      for (std::size_t i = 0; i < n_; ++i)
        best_assign_[order_[i]] = assign_pos_[i];
      count_ = 1;
    } else if (counting_ && cost <= best_ + p_.eps) {
      ++count_;
    }
    if (counting_ && count_ >= count_limit_) {
      counting_ = false;
      capped_ = true;
    }
  }

  void dfs(std::size_t i, std::size_t used, double cost, double rest) {
    if (aborted_) return;
    if (++steps_ > max_steps_) {
      aborted_ = true;
      return;
    }
    if ((steps_ & 0xFFFF) == 0) hook_(static_cast<double>(steps_) / static_cast<double>(max_steps_));
    if (i == n_) {
      leaf(cost);
      return;
    }
    const double rest_after = rest - minv_[i];
    const std::size_t limit = std::min(used + 1, k_);
    // One row of candidates per depth, kept off the stack: the recursion is as deep as the part is large.
    std::size_t* candidates = &candidates_[i * k_];
    for (std::size_t c = 0; c < limit; ++c)
      candidates[c] = c;
    const double* row = &inc_[i * k_];
    std::stable_sort(candidates, candidates + limit, [&](std::size_t a, std::size_t b) { return row[a] < row[b]; });
    for (std::size_t k = 0; k < limit; ++k) {
      const auto c = candidates[k];
      const double placed = cost + row[c];
      // Bounds only grow as nodes are placed, so a later (costlier) bloc cannot do better.
      if (prune(placed + rest_after)) break;
      const double delta = apply(i, c, 1.0);
      if (!prune(placed + rest_after + delta)) {
        assign_pos_[i] = static_cast<std::uint32_t>(c);
        dfs(i + 1, std::max(used, c + 1), placed, rest_after + delta);
      }
      apply(i, c, -1.0);
      if (aborted_) return;
    }
  }

  const part& p_;
  std::size_t n_, k_;
  std::uint64_t max_steps_;
  std::size_t count_limit_;
  const progress_hook& hook_;
  std::vector<std::uint32_t> order_, pos_of_, assign_pos_, best_assign_;
  std::vector<std::vector<later_tie>> later_;
  std::vector<double> inc_, minv_;
  std::vector<std::size_t> candidates_;
  double best_ = 0.0;
  std::uint64_t steps_ = 0;
  std::size_t count_ = 0;
  bool counting_ = false, capped_ = false, aborted_ = false;
};

struct solved {
  std::vector<std::vector<std::uint32_t>> assign;  // per part, local
  std::vector<bloc_part_report> reports;
  double criterion = 0.0;
  bool proved = true;
};

solved solve(const std::vector<part>& parts, std::size_t k, const bloc_options& options, double progress_base,
             double progress_share) {
  std::size_t total_nodes = 0;
  for (const auto& p : parts)
    total_nodes += p.nodes.size();
  solved out;
  std::size_t done = 0;
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    const auto& p = parts[pi];
    const double share = progress_share * static_cast<double>(p.nodes.size()) /
                         static_cast<double>(std::max<std::size_t>(1, total_nodes));
    const double base = progress_base + progress_share * static_cast<double>(done) /
                                            static_cast<double>(std::max<std::size_t>(1, total_nodes));
    done += p.nodes.size();
    const std::size_t kk = std::min(k, p.nodes.size());
    const bool exact = options.method == bloc_method::exact ||
                       (options.method == bloc_method::automatic && p.nodes.size() <= options.exact_max_nodes);
    bloc_part_report report;
    report.nodes = p.nodes.size();
    report.ties = p.ties;
    const progress_hook heuristic_hook{&options.progress, base, exact ? share / 2 : share};
    auto h = run_heuristic(p, kk, options, pi, heuristic_hook);
    std::vector<std::uint32_t> assign = h.assign;
    double value = h.value;
    if (exact) {
      const progress_hook exact_hook{&options.progress, base + share / 2, share / 2};
      exact_search search(p, kk, options, exact_hook);
      search.run(value, assign);
      report.exact = true;
      report.proved = search.finished();
      report.steps = search.steps();
      if (report.proved && options.count_optima_limit > 0) {
        report.optimal_partitions = search.optimal_count();
        report.optimal_partitions_capped = search.count_capped();
      }
      value = search.best();
      assign = search.best_assign();
    }
    value = part_value(p, assign);
    for (double v : h.values)
      if (std::abs(v - value) <= p.eps) ++report.restarts_found_best;
    report.criterion = value;
    out.criterion += value;
    out.proved = out.proved && report.proved;
    out.assign.push_back(std::move(assign));
    out.reports.push_back(report);
  }
  return out;
}

}  // namespace

double bloc_criterion(const signed_graph& g, std::span<const std::uint32_t> bloc, double alpha, bool weighted) {
  if (!(alpha > 0.0 && alpha < 1.0))
    throw usage_error("Alpha " + number_text(alpha) + " is invalid: expected a number strictly between 0 and 1");
  if (bloc.size() != g.node_count())
    throw usage_error("The partition has " + std::to_string(bloc.size()) + " entries for " +
                      std::to_string(g.node_count()) + " nodes");
  const cost_model cost{alpha, weighted};
  double value = 0.0;
  for (const auto& t : g.ties) {
    if (t.sign == 0) continue;
    if (bloc[t.u] == no_bloc || bloc[t.v] == no_bloc)
      throw usage_error("Node \"" + g.ids[bloc[t.u] == no_bloc ? t.u : t.v] + "\" has signed ties but no bloc");
    value += bloc[t.u] == bloc[t.v] ? cost.same(t) : cost.diff(t);
  }
  return value;
}

blocs_result find_blocs(const signed_graph& g, const bloc_options& options) {
  options.validate();
  const cost_model cost{options.alpha, options.weighted};
  const auto parts = split_parts(g, cost);
  std::size_t largest = 0;
  for (const auto& p : parts)
    largest = std::max(largest, p.nodes.size());
  if (options.method == bloc_method::exact && largest > options.exact_max_nodes)
    throw usage_error("The graph is too large for exact search: a connected part has " + std::to_string(largest) +
                      " actors, more than the limit of " + std::to_string(options.exact_max_nodes) +
                      " (use the heuristic, or raise the limit)");

  blocs_result result;
  solved best;
  if (options.k > 0) {
    result.k = options.k;
    best = solve(parts, options.k, options, 0.0, 1.0);
  } else {
    // The automatic choice of k (documented at find_blocs()).
    const std::size_t top = std::max<std::size_t>(1, std::min(options.max_k, std::max<std::size_t>(1, largest)));
    std::size_t k = 1;
    best = solve(parts, 1, options, 0.0, 1.0 / static_cast<double>(top));
    result.trials.push_back({1, best.criterion, best.proved});
    while (k < top && best.criterion > 0.0) {
      auto next = solve(parts, k + 1, options, static_cast<double>(k) / static_cast<double>(top),
                        1.0 / static_cast<double>(top));
      result.trials.push_back({k + 1, next.criterion, next.proved});
      double eps = 0.0;
      for (const auto& p : parts)
        eps += p.eps;
      if (!(next.criterion < (1.0 - options.auto_min_gain) * best.criterion - eps)) break;
      best = std::move(next);
      ++k;
    }
    result.k = k;
  }

  // Blocs of different parts stay apart; labels are renumbered in first-seen order.
  const auto n = g.node_count();
  std::vector<std::uint32_t> raw(n, no_bloc);
  std::uint32_t offset = 0;
  result.part.assign(n, no_index);
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    std::uint32_t top = 0;
    for (std::size_t x = 0; x < parts[pi].nodes.size(); ++x) {
      result.part[parts[pi].nodes[x]] = static_cast<std::uint32_t>(pi);
      raw[parts[pi].nodes[x]] = offset + best.assign[pi][x];
      top = std::max(top, best.assign[pi][x] + 1);
    }
    offset += top;
  }
  std::vector<std::uint32_t> relabel(offset, no_bloc);
  result.bloc.assign(n, no_bloc);
  for (std::size_t x = 0; x < n; ++x) {
    if (raw[x] == no_bloc) continue;
    if (relabel[raw[x]] == no_bloc) relabel[raw[x]] = static_cast<std::uint32_t>(result.bloc_count++);
    result.bloc[x] = relabel[raw[x]];
  }

  for (std::uint32_t t = 0; t < g.ties.size(); ++t) {
    const auto& tie = g.ties[t];
    if (tie.sign == 0) continue;
    const bool same = result.bloc[tie.u] == result.bloc[tie.v];
    if (tie.sign < 0 && same) {
      result.hostile_within += cost.w(tie);
      result.frustrated.push_back(t);
    } else if (tie.sign > 0 && !same) {
      result.friendly_between += cost.w(tie);
      result.frustrated.push_back(t);
    }
  }
  result.criterion =
      2.0 * options.alpha * result.hostile_within + 2.0 * (1.0 - options.alpha) * result.friendly_between;
  result.parts = std::move(best.reports);
  result.proved_optimal = best.proved;
  result.restarts = options.restarts;
  result.restarts_found_best = parts.empty() ? options.restarts : std::numeric_limits<std::size_t>::max();
  result.unique_optimum = options.count_optima_limit > 0;
  for (const auto& r : result.parts) {
    result.used_exact = result.used_exact || r.exact;
    result.used_heuristic = result.used_heuristic || !r.exact;
    result.restarts_found_best = std::min(result.restarts_found_best, r.restarts_found_best);
    result.unique_optimum =
        result.unique_optimum && r.proved && r.optimal_partitions == 1 && !r.optimal_partitions_capped;
    result.exact_steps += r.steps;
  }
  if (options.progress && !options.progress(1000, 1000)) throw cancelled_error();
  return result;
}

friendly_components_result friendly_components(const signed_graph& g) {
  const auto n = g.node_count();
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x)
      x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const auto& t : g.ties) {
    if (t.sign <= 0) continue;
    const auto a = find(t.u), b = find(t.v);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  friendly_components_result out;
  out.component.assign(n, no_index);
  std::vector<std::uint32_t> label(n, no_index);
  for (std::uint32_t x = 0; x < n; ++x) {
    const auto r = find(x);
    if (label[r] == no_index) {
      label[r] = static_cast<std::uint32_t>(out.members.size());
      out.members.emplace_back();
    }
    out.component[x] = label[r];
    out.members[label[r]].push_back(x);
  }
  return out;
}

namespace {

struct clique_limit_reached {};

struct clique_collector {
  std::vector<std::vector<std::uint32_t>>* cliques;
  const std::vector<std::uint32_t>* later;    // sub-graph vertex -> node
  const std::vector<std::uint32_t>* earlier;  // earlier friendly neighbours of the pivot
  const std::vector<std::uint32_t>* offsets;  // friendly adjacency
  const std::vector<std::uint32_t>* adj;
  std::uint32_t pivot;
  std::size_t min_size;
  std::size_t max_cliques;

  [[nodiscard]] bool adjacent(std::uint32_t a, std::uint32_t b) const {
    return std::binary_search(adj->begin() + (*offsets)[a], adj->begin() + (*offsets)[a + 1], b);
  }

  template <class Clique, class Graph>
  void clique(const Clique& c, const Graph&) const {
    if (c.size() + 1 < min_size) return;
    for (auto w : *earlier) {
      bool all = true;
      for (auto s : c)
        if (!adjacent(w, (*later)[s])) {
          all = false;
          break;
        }
      if (all) return;  // w extends it: it was (or will be) reported from w
    }
    std::vector<std::uint32_t> k{pivot};
    for (auto s : c)
      k.push_back((*later)[s]);
    std::sort(k.begin(), k.end());
    if (max_cliques > 0 && cliques->size() >= max_cliques) throw clique_limit_reached{};
    cliques->push_back(std::move(k));
  }
};

}  // namespace

cliques_result friendly_cliques(const signed_graph& g, const clique_options& options) {
  options.validate();
  const auto n = static_cast<std::uint32_t>(g.node_count());
  // The friendly adjacency, sorted.
  std::vector<std::uint32_t> offsets(n + 1, 0), adj;
  for (std::uint32_t x = 0; x < n; ++x) {
    const auto nbrs = g.neighbours_of(x);
    const auto ties = g.ties_of(x);
    for (std::size_t e = 0; e < nbrs.size(); ++e)
      if (g.ties[ties[e]].sign > 0) adj.push_back(nbrs[e]);
    offsets[x + 1] = static_cast<std::uint32_t>(adj.size());
  }
  // Degeneracy order (Matula and Beck): repeatedly remove a node of least remaining degree.
  std::vector<std::uint32_t> degree(n), rank(n, 0);
  std::uint32_t max_degree = 0;
  for (std::uint32_t x = 0; x < n; ++x)
    max_degree = std::max(max_degree, degree[x] = offsets[x + 1] - offsets[x]);
  std::vector<std::vector<std::uint32_t>> buckets(max_degree + 1);
  for (std::uint32_t x = 0; x < n; ++x)
    buckets[degree[x]].push_back(x);
  std::vector<char> removed(n, 0);
  std::uint32_t next_rank = 0, low = 0;
  while (next_rank < n) {
    while (low <= max_degree && buckets[low].empty())
      ++low;
    const auto x = buckets[low].back();
    buckets[low].pop_back();
    if (removed[x] || degree[x] != low) continue;  // a stale entry
    removed[x] = 1;
    rank[x] = next_rank++;
    for (auto e = offsets[x]; e < offsets[x + 1]; ++e) {
      const auto y = adj[e];
      if (removed[y]) continue;
      buckets[--degree[y]].push_back(y);
      low = std::min(low, degree[y]);
    }
  }

  cliques_result out;
  std::vector<std::uint32_t> later, earlier, local(n, no_index);
  for (std::uint32_t x = 0; x < n; ++x) {
    if (options.progress && (x & 0x3FF) == 0 && !options.progress(x, n)) throw cancelled_error();
    later.clear();
    earlier.clear();
    for (auto e = offsets[x]; e < offsets[x + 1]; ++e)
      (rank[adj[e]] > rank[x] ? later : earlier).push_back(adj[e]);
    if (later.empty()) {
      if (earlier.empty() && options.min_size <= 1) {
        if (options.max_cliques > 0 && out.cliques.size() >= options.max_cliques) {
          out.truncated = true;
          break;
        }
        out.cliques.push_back({x});
      }
      continue;
    }
    boost::adjacency_matrix<boost::undirectedS> sub(later.size());
    for (std::uint32_t s = 0; s < later.size(); ++s)
      local[later[s]] = s;
    for (std::uint32_t s = 0; s < later.size(); ++s)
      for (auto e = offsets[later[s]]; e < offsets[later[s] + 1]; ++e) {
        const auto t = local[adj[e]];
        if (t != no_index && t > s) boost::add_edge(s, t, sub);
      }
    for (auto y : later)
      local[y] = no_index;
    const clique_collector collect{&out.cliques, &later, &earlier,         &offsets,
                                   &adj,         x,      options.min_size, options.max_cliques};
    try {
      boost::bron_kerbosch_all_cliques(sub, collect, std::max<std::size_t>(1, options.min_size - 1));
    } catch (const clique_limit_reached&) {
      out.truncated = true;
      break;
    }
  }
  std::sort(out.cliques.begin(), out.cliques.end(),
            [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
  return out;
}

}  // namespace faultline
