# SPDX-License-Identifier: Apache-2.0
# Script mode: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAMESPACE=ns -DFUNCTION=name -P EmbedFile.cmake
# Writes a C++ source whose function returns the input file's bytes.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n  " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/EmbedFile.cmake; do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\nnamespace {\nconstexpr char data[] = {\n  ${bytes}'\\0'};\n}  // namespace\n\nstd::string_view ${FUNCTION}() { return std::string_view(data, ${size}); }\n\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
