# Runs an example and compares what it prints with its checked-in expected output:
#   cmake -D PROGRAM=<path> -D EXPECTED=<file> -P check_output.cmake
# On a difference, shows both so that the expected file can be reviewed and updated.
foreach(var PROGRAM EXPECTED)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_output.cmake: ${var} is not set")
    endif()
endforeach()
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE result OUTPUT_VARIABLE actual ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} exited with ${result}:\n${errors}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${PROGRAM} printed:\n${actual}\nbut ${EXPECTED} expects:\n${expected}")
endif()
