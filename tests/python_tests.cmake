# SPDX-License-Identifier: Apache-2.0
# The Python module's pytest suite (tests/python) and the example script
# (python/examples), run by CTest with the build tree's package first on
# PYTHONPATH. Added when the module is built (FAULTLINE_PYTHON).
if(FAULTLINE_PYTHON)
  set(faultline_python_env
      "PYTHONPATH=${CMAKE_BINARY_DIR}/python"
      "FAULTLINE_EXE=$<TARGET_FILE:faultline>"
      "FAULTLINE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
      "FAULTLINE_SHARED_DATA_DIR=${PROJECT_SOURCE_DIR}/../shared/data"
      "PYTHONDONTWRITEBYTECODE=1")
  if(FAULTLINE_SANITIZE)
    # The interpreter is not built with ASan: the runtime must come first,
    # and the C++ runtime with it, or ASan's __cxa_throw interceptor finds no
    # real __cxa_throw (libstdc++ is only loaded later, with the module) and
    # the first exception aborts. Python's own allocations are not leak-checked.
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                    OUTPUT_VARIABLE faultline_libasan OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.so
                    OUTPUT_VARIABLE faultline_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
    list(APPEND faultline_python_env "LD_PRELOAD=${faultline_libasan}:${faultline_libstdcxx}"
         "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1")
  endif()
  add_test(NAME "python: pytest"
           COMMAND "${Python3_EXECUTABLE}" -m pytest -q -p no:cacheprovider "${CMAKE_CURRENT_SOURCE_DIR}/python")
  add_test(NAME "python: example script"
           COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/python/examples/tour.py")
  if(NOT FAULTLINE_SANITIZE)  # an installed module built with ASan would need the runtime preloaded
    add_test(NAME "python: cmake --install and pip install"
             COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/python/check_install.py"
                     "${PROJECT_SOURCE_DIR}" "${CMAKE_BINARY_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/python-install")
    set_tests_properties("python: cmake --install and pip install" PROPERTIES SKIP_RETURN_CODE 77 LABELS python
                         TIMEOUT 900 ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
  endif()
  set_tests_properties("python: pytest" "python: example script" PROPERTIES
                       ENVIRONMENT "${faultline_python_env}" LABELS python TIMEOUT 900
                       WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
endif()
