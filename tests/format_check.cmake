# SPDX-License-Identifier: Apache-2.0
# Run by CTest ("format: clang-format"): every C++ source of the project must
# be laid out as .clang-format says. Fails naming each file that is not,
# with the command that fixes it.
#   cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P format_check.cmake
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/graph/*.cpp" "${SOURCE_DIR}/graph/*.hpp"
  "${SOURCE_DIR}/algorithms/*.cpp" "${SOURCE_DIR}/algorithms/*.hpp"
  "${SOURCE_DIR}/loaders/*.cpp" "${SOURCE_DIR}/loaders/*.hpp"
  "${SOURCE_DIR}/render/*.cpp" "${SOURCE_DIR}/render/*.hpp"
  "${SOURCE_DIR}/cli/*.cpp" "${SOURCE_DIR}/cli/*.hpp"
  "${SOURCE_DIR}/python/*.cpp" "${SOURCE_DIR}/python/*.hpp"
  "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.hpp"
  "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.hpp")
list(LENGTH sources count)
if(count LESS 100)
  message(FATAL_ERROR "format check: found only ${count} sources under ${SOURCE_DIR}; is SOURCE_DIR right?")
endif()
set(unformatted "")
foreach(source IN LISTS sources)
  execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror "${source}"
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
  if(NOT status EQUAL 0)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
    list(APPEND unformatted "${relative}")
  endif()
endforeach()
if(unformatted)
  list(JOIN unformatted "\n  " listed)
  message(FATAL_ERROR "These files are not formatted as .clang-format says:\n  ${listed}\n"
    "Fix them with: (cd ${SOURCE_DIR} && ${CLANG_FORMAT} -i FILE...)")
endif()
message(STATUS "format check: ${count} files formatted as .clang-format says")
