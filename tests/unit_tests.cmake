# SPDX-License-Identifier: Apache-2.0
# Unit tests, one executable per component.
faultline_add_unit_test(graph_test
  graph/date_test.cpp
  graph/vocabulary_test.cpp
  graph/name_index_test.cpp
  graph/graph_test.cpp
  graph/view_test.cpp
  graph/snapshot_test.cpp
  graph/event_store_test.cpp
  graph/text_table_test.cpp
  graph/io_test.cpp
  graph/assert_test.cpp)

faultline_add_unit_test(loaders_test
  loaders/scenario_test.cpp
  loaders/scenario_limits_test.cpp
  loaders/dot_test.cpp
  loaders/graph_exports_test.cpp
  loaders/graph_formats_test.cpp)

faultline_add_unit_test(algorithms_test
  algorithms/backers_test.cpp
  algorithms/path_test.cpp)

faultline_add_unit_test(alliances_test
  algorithms/signed_graph_test.cpp
  algorithms/balance_test.cpp
  algorithms/blocs_test.cpp
  algorithms/tensions_test.cpp)

faultline_add_unit_test(centrality_test
  algorithms/compact_test.cpp
  algorithms/components_test.cpp
  algorithms/centrality_test.cpp)
# The Boost.Graph adaptor of the compact form is private to algorithms/.
target_include_directories(centrality_test PRIVATE "${PROJECT_SOURCE_DIR}/algorithms/src")

faultline_add_unit_test(edge_list_test loaders/edge_list_test.cpp)
faultline_add_unit_test(coding_test graph/coding_test.cpp)
faultline_add_unit_test(event_import_test loaders/event_import_test.cpp)
faultline_add_unit_test(event_input_test loaders/event_input_test.cpp)
faultline_add_unit_test(hostile_input_test loaders/hostile_input_test.cpp)
faultline_add_unit_test(ucdp_import_test loaders/ucdp_import_test.cpp)
faultline_add_unit_test(escalation_test algorithms/escalation_test.cpp)
faultline_add_unit_test(text_scan_test loaders/text_scan_test.cpp)
# The importers' text scanning is private to loaders/.
target_include_directories(text_scan_test PRIVATE "${PROJECT_SOURCE_DIR}/loaders/src")
faultline_add_unit_test(stats_test algorithms/stats_test.cpp)
faultline_add_unit_test(gdelt_noise_test loaders/gdelt_noise_test.cpp)
faultline_add_unit_test(render_test render/render_test.cpp)
