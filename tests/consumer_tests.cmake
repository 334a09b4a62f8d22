# SPDX-License-Identifier: Apache-2.0
# Two tiny programs embed faultline: one through find_package() on an
# installed tree, one through add_subdirectory() on the sources.
foreach(mode find_package add_subdirectory)
  add_test(NAME "consumer: ${mode}"
    COMMAND ${CMAKE_COMMAND} -DMODE=${mode} "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" "-DBINARY_DIR=${PROJECT_BINARY_DIR}"
            "-DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/consumer-${mode}" -P "${CMAKE_CURRENT_SOURCE_DIR}/consumers/run_consumer.cmake")
  set_tests_properties("consumer: ${mode}" PROPERTIES TIMEOUT 900 LABELS consumer)
endforeach()
