// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/model.hpp>

namespace faultline {

std::string_view to_string(node_kind k) noexcept {
  switch (k) {
    case node_kind::state:
      return "state";
    case node_kind::group:
      return "group";
    case node_kind::person:
      return "person";
    case node_kind::incident:
      return "incident";
  }
  return "group";
}

std::optional<node_kind> parse_node_kind(std::string_view text) noexcept {
  for (auto k : {node_kind::state, node_kind::group, node_kind::person, node_kind::incident})
    if (to_string(k) == text) return k;
  return std::nullopt;
}

std::string_view to_string(role r) noexcept {
  switch (r) {
    case role::perpetrator:
      return "perpetrator";
    case role::target:
      return "target";
    case role::victim:
      return "victim";
    case role::claimed_by:
      return "claimed_by";
    case role::attributed_to:
      return "attributed_to";
    case role::condemned_by:
      return "condemned_by";
  }
  return "perpetrator";
}

bool actor_acts(role r) noexcept {
  return r == role::perpetrator || r == role::claimed_by || r == role::condemned_by;
}

std::optional<role> parse_role(std::string_view text) noexcept {
  for (auto r : all_roles)
    if (to_string(r) == text) return r;
  return std::nullopt;
}

std::string_view to_string(link_kind k) noexcept {
  return k == link_kind::responds_to ? "responds_to" : "part_of";
}

}  // namespace faultline
