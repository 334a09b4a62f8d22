# SPDX-License-Identifier: Apache-2.0
# Install rules and the CMake package (find_package(faultline)).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(FAULTLINE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/faultline")

install(TARGETS faultline_graph faultline_loaders faultline_algorithms faultline_render faultline_faultline
  EXPORT faultline-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

foreach(component graph loaders algorithms render)
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/${component}/include/faultline"
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()

if(TARGET faultline)
  install(TARGETS faultline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT faultline-targets
  NAMESPACE faultline::
  DESTINATION ${FAULTLINE_CMAKE_DIR})

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/faultlineConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/faultlineConfig.cmake"
  INSTALL_DESTINATION ${FAULTLINE_CMAKE_DIR})
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/faultlineConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/faultlineConfig.cmake"
  "${PROJECT_BINARY_DIR}/faultlineConfigVersion.cmake"
  DESTINATION ${FAULTLINE_CMAKE_DIR})
