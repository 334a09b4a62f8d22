// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Progress reports of long work (bloc search, centrality, imports).

#include <cstddef>
#include <functional>

namespace faultline {

/// Progress of a long computation: called now and then from the calling
/// thread with (done, total) in the work's own units — the function that
/// takes it says which (thousandths of a bloc search, sources of a
/// betweenness run, bytes of an import). Returning false stops the work,
/// which then throws cancelled_error.
using progress_callback = std::function<bool(std::size_t done, std::size_t total)>;

}  // namespace faultline
