# SPDX-License-Identifier: Apache-2.0
# Golden transcripts of the CLI: each tests/cli/golden/*.t is one CTest test.
add_executable(golden_test cli/golden_test.cpp)
target_link_libraries(golden_test PRIVATE doctest::doctest)
target_compile_definitions(golden_test PRIVATE
  FAULTLINE_CLI_PATH="$<TARGET_FILE:faultline>"
  FAULTLINE_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/samples")
faultline_target_settings(golden_test)
add_dependencies(golden_test faultline)

file(GLOB faultline_golden_transcripts CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/cli/golden/*.t")
foreach(transcript IN LISTS faultline_golden_transcripts)
  get_filename_component(stem "${transcript}" NAME_WE)
  add_test(NAME "cli: ${stem}" COMMAND golden_test --transcript "${transcript}")
endforeach()

# `import --append` under a lock (issue 17): a held lock makes an append
# wait; two appends started together both land. Needs flock(1) (util-linux).
find_program(FAULTLINE_FLOCK_PROGRAM flock)
if(FAULTLINE_FLOCK_PROGRAM)
  add_test(NAME "cli-append-lock"
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/cli/append_lock_test.sh" "$<TARGET_FILE:faultline>"
            "${PROJECT_SOURCE_DIR}/samples/fixtures/events")
endif()

# Out of memory is exit 2, not an internal error (issue 17). An address-space
# limit (ulimit -v) cannot be combined with AddressSanitizer's shadow memory,
# so the test is left out of the sanitizer tree.
if(NOT FAULTLINE_SANITIZE)
  add_test(NAME "cli-out-of-memory"
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/cli/out_of_memory_test.sh" "$<TARGET_FILE:faultline>")
endif()

# Commands reading a columnar snapshot in place (issue 15) answer byte for
# byte as the whole graph does: each runs on the same content as a snapshot
# and as a JSON scenario, on fixtures and, when ../shared/data is there, on
# UCDP GED Syria and a GDELT 2.0 export. Needs bash (process substitution).
add_test(NAME "cli-in-place"
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/in_place_test.sh" "$<TARGET_FILE:faultline>"
          "${PROJECT_SOURCE_DIR}/samples" "${PROJECT_SOURCE_DIR}/../shared/data")
