# SPDX-License-Identifier: Apache-2.0
# The graph exports (Cytoscape, Neo4j CSV, Pajek) read back by networkx and
# Python's csv module. Skipped (exit 77) when python3 or networkx is missing.
find_package(Python3 COMPONENTS Interpreter)
set(faultline_export_work "${CMAKE_CURRENT_BINARY_DIR}/exports")
if(Python3_Interpreter_FOUND)
  add_test(NAME "exports: graph formats read back"
           COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/exports/test_graph_exports.py"
                   "$<TARGET_FILE:faultline>" "${PROJECT_SOURCE_DIR}/samples" "${faultline_export_work}")
else()
  add_test(NAME "exports: graph formats read back"
           COMMAND sh -c "echo 'python3 not found: the graph export read-back test is skipped'; exit 77")
endif()
set_tests_properties("exports: graph formats read back" PROPERTIES SKIP_RETURN_CODE 77)
