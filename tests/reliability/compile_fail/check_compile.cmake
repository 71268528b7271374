# check_compile.cmake — compile one translation unit and judge the outcome.
#
#   cmake -DCOMPILER=c++ -DSTANDARD=17 -DINCLUDES=a|b -DSOURCE=file.cpp
#         [-DDEFINITION=NAME=VALUE] -DEXPECT=pass|fail [-DWORDS=w1|w2] -P check_compile.cmake
#
# EXPECT=fail passes only when the compiler rejects the source AND every one
# of WORDS (regular expressions) appears in its diagnostic, so that a failure
# for an unrelated reason (a typo, a missing header) does not count.
foreach(var COMPILER STANDARD INCLUDES SOURCE EXPECT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_compile.cmake: ${var} is not set")
    endif()
endforeach()

string(REPLACE "|" ";" include_dirs "${INCLUDES}")
set(arguments -std=c++${STANDARD} -fsyntax-only)
foreach(dir IN LISTS include_dirs)
    list(APPEND arguments "-I${dir}")
endforeach()
if(DEFINED DEFINITION AND NOT DEFINITION STREQUAL "")
    list(APPEND arguments "-D${DEFINITION}")
endif()

execute_process(COMMAND "${COMPILER}" ${arguments} "${SOURCE}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

if(EXPECT STREQUAL "pass")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "expected to compile, but the compiler said:\n${output}")
    endif()
    message(STATUS "compiles, as it must")
    return()
endif()

if(result EQUAL 0)
    message(FATAL_ERROR "expected a compile error, but ${SOURCE} (${DEFINITION}) compiled")
endif()
string(REPLACE "|" ";" words "${WORDS}")
foreach(word IN LISTS words)
    if(NOT output MATCHES "${word}")
        message(FATAL_ERROR "the compile error does not mention '${word}':\n${output}")
    endif()
endforeach()
message(STATUS "rejected, as it must, mentioning: ${WORDS}")
