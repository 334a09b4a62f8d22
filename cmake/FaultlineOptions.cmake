# SPDX-License-Identifier: Apache-2.0
# Compiler settings shared by every faultline target, applied per target.

function(faultline_target_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(FAULTLINE_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(FAULTLINE_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      # Coverage instrumentation in the libraries too, so libFuzzer is guided
      # by the code under test, not only by the fuzz target's own lines.
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    if(FAULTLINE_SANITIZE)
      target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
      target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
  endif()
  if(FAULTLINE_RUNTIME_CHECKS)
    target_compile_definitions(${target} PRIVATE FAULTLINE_RUNTIME_CHECKS=1)
  endif()
endfunction()
