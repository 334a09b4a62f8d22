# SPDX-License-Identifier: Apache-2.0
# The HTML report and the SVG pictures opened in headless Chromium over the
# DevTools protocol (tests/browser/test_browser.py, python3-websocket).
# Skipped (exit code 77) when chromium or python3-websocket is missing; not
# added at all without Python 3. `.ci/faultline.sh test` installs both.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME "browser: report and pictures"
           COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/browser/test_browser.py"
                   "$<TARGET_FILE:faultline>" "${PROJECT_SOURCE_DIR}/samples"
                   "${CMAKE_CURRENT_BINARY_DIR}/browser" "${PROJECT_SOURCE_DIR}/../shared/data")
  set_tests_properties("browser: report and pictures" PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 600)
  add_test(NAME "docs: pictures are up to date"
           COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/browser/check_pictures.py"
                   "$<TARGET_FILE:faultline>" "${PROJECT_SOURCE_DIR}")
  set_tests_properties("docs: pictures are up to date" PROPERTIES LABELS docs)
else()
  message(STATUS "Python 3 not found: the browser tests (browser: report and pictures) are not added")
endif()
