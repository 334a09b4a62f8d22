# SPDX-License-Identifier: Apache-2.0
# The GraphML and GEXF exports read back by NetworkX (tests/exports/test_xml_exports.py).
# Skipped (exit code 77) when Python 3 has no networkx; not added at all without Python 3.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME "exports: xml"
           COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/exports/test_xml_exports.py"
                   "$<TARGET_FILE:faultline>" "${PROJECT_SOURCE_DIR}/samples"
                   "${CMAKE_CURRENT_BINARY_DIR}/exports-xml")
  set_tests_properties("exports: xml" PROPERTIES SKIP_RETURN_CODE 77 LABELS exports)
else()
  message(STATUS "Python 3 not found: the GraphML/GEXF read-back test (exports: xml) is not added")
endif()
