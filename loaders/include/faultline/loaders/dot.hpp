// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Graphviz DOT export.

#include <string>

#include <faultline/graph/view.hpp>

namespace faultline {

/// The view as a Graphviz digraph: states as double octagons, groups as
/// boxes, persons as ellipses, incidents as notes; friendly relations green,
/// hostile red, neutral grey; incident roles dashed and labelled, incident
/// links dotted. Linear in the size of the view.
[[nodiscard]] std::string write_dot(const graph_view& view);

/// Quotes a string for DOT ("..." with \" and \\ escaped, newlines as \n).
[[nodiscard]] std::string dot_quote(std::string_view text);

}  // namespace faultline
