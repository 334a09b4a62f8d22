# SPDX-License-Identifier: Apache-2.0
# A fuzz target per loader. With -DFAULTLINE_FUZZ=ON and clang they are
# libFuzzer programs (run e.g. `build/tests/fuzz_scenario -max_total_time=60
# samples/`); otherwise they are linked with a driver that replays the seed
# corpus (samples/ and tests/fuzz/corpus/), and the suite runs that.
set(faultline_fuzz_targets fuzz_scenario fuzz_snapshot fuzz_columns fuzz_records fuzz_edge_list fuzz_events fuzz_inputs)
foreach(target IN LISTS faultline_fuzz_targets)
  if(FAULTLINE_FUZZ)
    add_executable(${target} fuzz/${target}.cpp)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  else()
    add_executable(${target} fuzz/${target}.cpp fuzz/replay_main.cpp)
    add_test(NAME "fuzz replay: ${target}"
      COMMAND ${target} "${PROJECT_SOURCE_DIR}/samples" "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus")
  endif()
  target_link_libraries(${target} PRIVATE faultline::faultline)
  faultline_target_settings(${target})
endforeach()
# fuzz_snapshot recomputes a version-4 snapshot's CRC-32 with zlib's.
target_link_libraries(fuzz_snapshot PRIVATE ZLIB::ZLIB)
