// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Who matters: centrality measures on the compact analysis form — degree,
/// betweenness (vertex and edge, exact and sampled), PageRank, eigenvector,
/// Katz, closeness, harmonic, and the signed measures of signnet (the PN
/// index and signed eigenvector centrality).
///
/// Every measure is a pure function of a compact_graph and an options
/// struct. Unless said otherwise the scores follow NetworkX 2.8 exactly
/// (same normalisation, same iteration, same stopping rule) so that results
/// can be checked against it; the differences are listed per measure.
///
/// Common conventions:
/// - A weighted graph's weights are used unless `use_weights` is false.
///   Shortest-path measures read weights as distances; spectral measures
///   (PageRank, eigenvector, Katz) as strengths.
/// - Parallel arcs: spectral measures and degree add them up (adjacency
///   matrix semantics); shortest-path measures count a pair of adjacent
///   vertices once, at the lightest of its arcs (NetworkX MultiGraph
///   semantics).
/// - `threads`: how many threads to use; 0 means one per hardware thread.
///   Results are deterministic for a given thread count; different counts
///   may differ in the last bits of a score.
/// - `progress`: called from the calling thread now and then with the work
///   done and the total; when it returns false the measure stops and throws
///   cancelled_error.
///
/// Experimental API (since 0.1).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/progress.hpp>

namespace faultline {

// Progress (faultline/graph/progress.hpp) counts sources for betweenness,
// closeness and harmonic, iterations for the iterative measures.

/// An iterative measure that did not converge within its iteration cap, or
/// a spectral measure whose leading eigenvalue is not dominant.
class convergence_error : public usage_error {
 public:
  convergence_error(const std::string& message, std::size_t iterations, double last_change)
      : usage_error(message), iterations_(iterations), last_change_(last_change) {}
  [[nodiscard]] std::size_t iterations() const noexcept { return iterations_; }
  /// The last change measured (L1 norm), or NaN when not applicable.
  [[nodiscard]] double last_change() const noexcept { return last_change_; }

 private:
  std::size_t iterations_;
  double last_change_;
};

/// Scores of one measure, one per vertex.
struct centrality_result {
  std::vector<double> scores;
  /// Iterations run (iterative measures), or 0.
  std::size_t iterations = 0;
  /// For sampled betweenness: the sources used, ascending; empty otherwise.
  std::vector<compact_graph::vertex> sources{};
};

/// Vertices by score, highest first; equal scores (to 12 significant digits) by vertex number.
/// Complexity: O(V log V).
[[nodiscard]] std::vector<compact_graph::vertex> rank_by_score(const std::vector<double>& scores);

// ---------------------------------------------------------------- degree

/// Which arcs degree counts.
enum class degree_direction : std::uint8_t { in, out, all };
/// Which arcs count, by sign.
enum class sign_filter : std::uint8_t { any, positive, negative };

/// Options of degree().
struct degree_options {
  /// in-, out- or total degree (for an undirected graph all three are the degree). Default all.
  degree_direction direction = degree_direction::all;
  /// Sum the arcs' weights instead of counting them. Default false.
  bool weighted = false;
  /// Count only positive or only negative arcs (needs a signed graph). Default any.
  sign_filter signs = sign_filter::any;
  /// Divide by n - 1 (NetworkX degree_centrality; a graph of one vertex scores 1). Default false.
  bool normalized = false;

  void validate() const {}
};

/// Degree of every vertex: the number (or total weight) of its arcs in the
/// chosen direction and of the chosen sign. In an undirected graph a
/// self-loop counts twice, as in NetworkX and igraph; in a directed graph it
/// counts once in and once out.
///
/// Complexity: O(V + E).
/// \throws usage_error when a sign filter is asked of an unsigned graph.
[[nodiscard]] centrality_result degree(const compact_graph& g, const degree_options& options = {});

// ---------------------------------------------------------------- betweenness

/// Options of betweenness() and edge_betweenness().
struct betweenness_options {
  /// Shortest paths by weight (Dijkstra) when the graph is weighted. Default true.
  bool use_weights = true;
  /// Vertex: divide by (n-1)(n-2); edge: by n(n-1). false: raw sums, halved
  /// for undirected graphs (each pair is counted from both ends). Default
  /// true, as NetworkX.
  bool normalized = true;
  /// Count the endpoints of each path too (vertex betweenness only). Default false.
  bool endpoints = false;
  /// Estimate from this many sources drawn at random (0: every vertex, exact).
  /// The estimate is scaled by n/k, as NetworkX's k. Default 0.
  std::size_t samples = 0;
  /// Seed of the source draw (splitmix64, a partial Fisher–Yates shuffle):
  /// the same seed gives the same sources on every platform. Default 0.
  std::uint64_t seed = 0;
  /// Explicit sources (overrides samples): the sum over these sources only,
  /// scaled by n/|sources|. Default empty.
  std::vector<compact_graph::vertex> sources{};
  /// Threads; sources are shared among them. Default 1.
  unsigned threads = 1;
  progress_callback progress{};

  /// \throws usage_error when both samples and sources are given. (Their
  ///         ranges are checked against the graph by the measure.)
  void validate() const;
};

/// Shortest-path betweenness of every vertex: Σ over pairs s ≠ v ≠ t of the
/// share of shortest s–t paths through v (Brandes 2001, "A faster algorithm
/// for betweenness centrality", J. Math. Sociol. 25(2); variants per Brandes
/// 2008, Social Networks 30(2)). Breadth-first search when unweighted,
/// Dijkstra when weighted; sources run in parallel with per-thread sums.
///
/// Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted (k instead of
/// V sources when sampled); O(V) memory per thread.
/// \throws usage_error for a negative or zero weight (shortest paths through
///         zero-weight arcs are not counted consistently), samples > V, or a
///         source out of range; cancelled_error.
[[nodiscard]] centrality_result betweenness(const compact_graph& g, const betweenness_options& options = {});

/// Betweenness of one edge.
struct edge_score {
  compact_graph::vertex source = 0;
  compact_graph::vertex target = 0;
  /// Arc position (out-arc order); for an undirected edge, its arc from the lower-numbered end.
  std::size_t arc = 0;
  double score = 0.0;
};

/// Edge betweenness: Σ over pairs s ≠ t of the share of shortest s–t paths
/// through the edge. One entry per arc of a directed graph and per edge of
/// an undirected one (lower-numbered end first), in arc order. Parallel arcs
/// share their pair's score equally among those of least weight (NetworkX
/// MultiGraph). Same options and errors as betweenness() (endpoints is
/// ignored); unlike NetworkX 2.8, a sampled estimate is scaled by n/k.
///
/// Complexity: as betweenness(), plus O(E) memory per thread.
[[nodiscard]] std::vector<edge_score> edge_betweenness(const compact_graph& g, const betweenness_options& options = {});

// ---------------------------------------------------------------- PageRank, eigenvector, Katz

/// Options of pagerank().
struct pagerank_options {
  /// Probability of following an arc rather than jumping. In [0, 1]. Default 0.85.
  double damping = 0.85;
  bool use_weights = true;
  /// Where a jump lands, by vertex (normalised to sum 1; entries ≥ 0, some > 0).
  /// Empty: uniform. Default empty.
  std::vector<double> personalization{};
  /// Where a walk at a vertex without out-arcs (or with zero out-weight)
  /// goes, by vertex (normalised). Empty: as personalization. Default empty.
  std::vector<double> dangling{};
  /// Starting vector (normalised). Empty: uniform. Default empty.
  std::vector<double> start{};
  /// Stop when the L1 change of an iteration is below V·tolerance (NetworkX). Default 1e-6.
  double tolerance = 1e-6;
  /// Default 100.
  std::size_t max_iterations = 100;
  unsigned threads = 1;
  progress_callback progress{};

  /// \throws usage_error for damping outside [0, 1], a tolerance that is not
  ///         positive, max_iterations 0, a negative or non-finite entry.
  void validate() const;
};

/// PageRank (Page, Brin, Motwani & Winograd 1999, "The PageRank citation
/// ranking"), by power iteration exactly as NetworkX's pagerank: x ←
/// d·(xP + Σ_dangling x · dangling) + (1-d)·personalization, from the
/// uniform vector, until the L1 change is below V·tolerance. An undirected
/// edge is an arc each way; arc weights out of a vertex are normalised.
///
/// Complexity: O(iterations · (V + E)); pulls along in-arcs when unweighted,
/// pushes along out-arcs with per-thread sums when weighted.
/// \throws usage_error for invalid options, vectors of the wrong length, a
///         personalization (or dangling) vector summing to zero, a negative
///         weight; convergence_error after max_iterations; cancelled_error.
[[nodiscard]] centrality_result pagerank(const compact_graph& g, const pagerank_options& options = {});

/// Options of eigenvector().
struct eigenvector_options {
  bool use_weights = true;
  /// Starting vector (any scale, not all zero). Empty: all ones. Default empty.
  std::vector<double> start{};
  /// Stop when the L1 change is below V·tolerance. Default 1e-6.
  double tolerance = 1e-6;
  /// Default 100.
  std::size_t max_iterations = 100;
  unsigned threads = 1;
  progress_callback progress{};

  /// \throws usage_error for a tolerance that is not positive or max_iterations 0.
  void validate() const;
};

/// Eigenvector centrality (Bonacich 1987, "Power and centrality", Am. J.
/// Sociol. 92(5)): the left principal eigenvector of the adjacency matrix
/// (a vertex is central when central vertices point to it), by power
/// iteration on A + I with Euclidean normalisation, exactly as NetworkX's
/// eigenvector_centrality.
///
/// Complexity: O(iterations · (V + E)).
/// \throws usage_error for the empty graph or invalid options;
///         convergence_error (with advice) when the iteration does not
///         settle within max_iterations; cancelled_error.
[[nodiscard]] centrality_result eigenvector(const compact_graph& g, const eigenvector_options& options = {});

/// Options of katz().
struct katz_options {
  /// Attenuation factor; should be below 1/λ_max. Default 0.1.
  double alpha = 0.1;
  /// Exogenous score of every vertex. Default 1.
  double beta = 1.0;
  /// Per-vertex beta; overrides beta when not empty. Default empty.
  std::vector<double> betas{};
  bool use_weights = true;
  /// Scale to unit Euclidean norm (NetworkX's normalized). Default true.
  bool normalized = true;
  /// Default 1e-6.
  double tolerance = 1e-6;
  /// Default 1000.
  std::size_t max_iterations = 1000;
  unsigned threads = 1;
  progress_callback progress{};

  /// \throws usage_error for a non-finite alpha or beta, a tolerance that is
  ///         not positive, max_iterations 0.
  void validate() const;
};

/// Katz centrality (Katz 1953, "A new status index derived from
/// sociometric analysis", Psychometrika 18): x = α Aᵀx + β, by the
/// iteration of NetworkX's katz_centrality from x = 0.
///
/// Complexity: O(iterations · (V + E)).
/// \throws usage_error; convergence_error (alpha too large: the series
///         diverges); cancelled_error.
[[nodiscard]] centrality_result katz(const compact_graph& g, const katz_options& options = {});

// ---------------------------------------------------------------- closeness, harmonic

/// Options of closeness().
struct closeness_options {
  bool use_weights = true;
  /// Wasserman–Faust improvement for disconnected graphs: scale by the share
  /// of the other vertices that reach this one. Default true, as NetworkX.
  bool wf_improved = true;
  unsigned threads = 1;
  progress_callback progress{};

  void validate() const {}
};

/// Closeness centrality as NetworkX computes it: for v, (r-1)/Σd(u,v) over
/// the r-1 other vertices u that reach v (distances *to* v, i.e. inward in a
/// directed graph), times (r-1)/(n-1) when wf_improved; 0 when no other
/// vertex reaches v. (Freeman 1979, "Centrality in social networks:
/// conceptual clarification"; Wasserman & Faust 1994.)
///
/// Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted.
/// \throws usage_error for a negative weight; cancelled_error.
[[nodiscard]] centrality_result closeness(const compact_graph& g, const closeness_options& options = {});

/// Options of harmonic().
struct harmonic_options {
  bool use_weights = true;
  /// Divide by n - 1 (not done by NetworkX). Default false.
  bool normalized = false;
  unsigned threads = 1;
  progress_callback progress{};

  void validate() const {}
};

/// Harmonic centrality as NetworkX computes it: Σ 1/d(u,v) over the vertices
/// u ≠ v that reach v with d > 0 (Marchiori & Latora 2000, "Harmony in the
/// small-world"; Boldi & Vigna 2014, "Axioms for centrality").
///
/// Complexity: as closeness().
/// \throws usage_error for a negative weight; cancelled_error.
[[nodiscard]] centrality_result harmonic(const compact_graph& g, const harmonic_options& options = {});

// ---------------------------------------------------------------- signed measures (signnet)

/// For the PN index of a directed graph: positive and negative ties sent (out) or received (in).
enum class pn_mode : std::uint8_t { out, in };

/// Options of pn_index().
struct pn_options {
  /// Directed graphs only; an undirected graph always uses signnet's "all". Default out.
  pn_mode mode = pn_mode::out;
  /// Relative residual at which the linear solve stops. Default 1e-12.
  double tolerance = 1e-12;
  /// Default 1000.
  std::size_t max_iterations = 1000;
  progress_callback progress{};

  /// \throws usage_error for a tolerance that is not positive or max_iterations 0.
  void validate() const;
};

/// The PN index of Everett & Borgatti (2014, "Networks containing negative
/// ties", Social Networks 38), as signnet's pn_index: with A = P - 2N (P, N
/// the 0/1 matrices of positive and negative ties between distinct or equal
/// vertices; parallel arcs add their signs first), undirected:
/// PN = (I - A/(2n-2))⁻¹·1; directed out: (I - AAᵀ/(4(n-1)²))⁻¹(I + A/(2n-2))·1;
/// in: the same with Aᵀ. Solved by conjugate gradients (the matrices are
/// symmetric positive definite).
///
/// Complexity: O(iterations · (V + E)); a few dozen iterations.
/// \throws usage_error for an unsigned graph or fewer than 2 vertices;
///         convergence_error; cancelled_error.
[[nodiscard]] centrality_result pn_index(const compact_graph& g, const pn_options& options = {});

/// Options of signed_eigenvector().
struct signed_eigenvector_options {
  /// Divide by the entry of largest magnitude, which the eigenvector's
  /// orientation makes positive (signnet's scale = TRUE). Default true.
  bool scale = true;
  /// Graphs up to this many vertices use a dense symmetric eigensolver
  /// (Householder tridiagonalisation and implicit QL); larger ones power
  /// iteration. Default 1000.
  std::uint32_t dense_limit = 1000;
  /// Power iteration: stop when ‖Ax - λx‖ ≤ tolerance·|λ|. Default 1e-10.
  double tolerance = 1e-10;
  /// Power iteration cap. Default 10000.
  std::size_t max_iterations = 10000;
  progress_callback progress{};

  /// \throws usage_error for a tolerance that is not positive or max_iterations 0.
  void validate() const;
};

/// Signed eigenvector centrality (Bonacich & Lloyd 2004, "Calculating status
/// with negative relations", Social Networks 26(4)), as signnet's
/// eigen_centrality_signed: the eigenvector of the eigenvalue of largest
/// magnitude of the signed adjacency matrix (entries: the sum of the signs of
/// the arcs between two vertices). The eigenvalue must be dominant: when
/// another one has the same magnitude (to 8 decimals, as signnet) there is no
/// well-defined answer and the measure says so. The eigenvector is oriented
/// so that its entry of largest magnitude (the first such) is positive.
///
/// Complexity: O(V³) dense (V ≤ dense_limit), else O(iterations · (V + E)).
/// \throws usage_error for an unsigned or directed graph; convergence_error
///         when no eigenvalue dominates (or power iteration does not
///         settle); cancelled_error.
[[nodiscard]] centrality_result signed_eigenvector(const compact_graph& g,
                                                   const signed_eigenvector_options& options = {});

}  // namespace faultline
