# Builds one target of the build tree and checks the outcome:
#   cmake -D BUILD_DIR=... -D TARGET=... -D CONFIG=... -D EXPECT=fail|pass [-D PATTERNS=re1|re2] -P build_expect.cmake
# With EXPECT=fail the build must fail AND its output must match every one of
# PATTERNS (regular expressions, separated by '|'), so that a case cannot pass
# because of some unrelated error.
foreach(var BUILD_DIR TARGET EXPECT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "build_expect.cmake: ${var} is not set")
    endif()
endforeach()
set(config_args)
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}" ${config_args}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(EXPECT STREQUAL "pass")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${TARGET} should compile but does not:\n${output}")
    endif()
    message(STATUS "${TARGET} compiles, as it should")
elseif(EXPECT STREQUAL "fail")
    if(result EQUAL 0)
        message(FATAL_ERROR "${TARGET} compiles but must not")
    endif()
    string(REPLACE "|" ";" patterns "${PATTERNS}")
    foreach(pattern IN LISTS patterns)
        if(NOT output MATCHES "${pattern}")
            message(FATAL_ERROR "${TARGET} fails to compile, but not with the expected diagnostic /${pattern}/:\n${output}")
        endif()
    endforeach()
    message(STATUS "${TARGET} is rejected, as it should be")
else()
    message(FATAL_ERROR "build_expect.cmake: EXPECT must be pass or fail, not '${EXPECT}'")
endif()
