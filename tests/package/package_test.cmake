# The package tests: build and run small consumer projects the way users do.
#   cmake -D MODE=find_package|add_subdirectory -D SOURCE_DIR=<alliance source> -D BUILD_DIR=<alliance build>
#         -D WORK_DIR=<scratch dir> -D GENERATOR=... -D CXX_COMPILER=... [-D CONFIG=...] -P package_test.cmake
#
# find_package:     installs the library (cmake --install, the library's
#                   component only) to WORK_DIR/stage, then configures, builds
#                   and runs a consumer using find_package(alliance CONFIG
#                   REQUIRED) under C++17 and C++20 with warnings as errors.
# add_subdirectory: configures, builds and runs a consumer that adds the
#                   source tree as a subdirectory.
foreach(var MODE SOURCE_DIR BUILD_DIR WORK_DIR GENERATOR CXX_COMPILER)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "package_test.cmake: ${var} is not set")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " command "${ARGN}")
        message(FATAL_ERROR "failed (${result}): ${command}\n${output}")
    endif()
    set(output "${output}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(consumer_build "${WORK_DIR}/build")
set(configure_args -G "${GENERATOR}" -D "CMAKE_CXX_COMPILER=${CXX_COMPILER}"
    -D CMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -D CMAKE_BUILD_TYPE=Debug)

if(MODE STREQUAL "find_package")
    set(stage "${WORK_DIR}/stage")
    set(config_args)
    if(CONFIG)
        set(config_args --config "${CONFIG}")
    endif()
    run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${stage}" --component alliance_development ${config_args})
    foreach(installed include/alliance/alliance.hpp share/cmake/alliance/allianceConfig.cmake
                      share/cmake/alliance/allianceConfigVersion.cmake share/cmake/alliance/allianceTargets.cmake)
        if(NOT EXISTS "${stage}/${installed}")
            message(FATAL_ERROR "the install did not put ${installed} in the prefix")
        endif()
    endforeach()
    run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/package/find_package" -B "${consumer_build}" ${configure_args}
        -D "CMAKE_PREFIX_PATH=${stage}" -D "EXPECTED_PREFIX=${stage}")
    set(programs app_cxx17 app_cxx20)
elseif(MODE STREQUAL "add_subdirectory")
    run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/package/add_subdirectory" -B "${consumer_build}" ${configure_args}
        -D "ALLIANCE_SOURCE_DIR=${SOURCE_DIR}")
    set(programs app_cxx17)
else()
    message(FATAL_ERROR "package_test.cmake: MODE must be find_package or add_subdirectory, not '${MODE}'")
endif()

run("${CMAKE_COMMAND}" --build "${consumer_build}")
foreach(program IN LISTS programs)
    run("${consumer_build}/${program}")
    string(REGEX REPLACE "app_cxx" "" std "${program}")
    if(NOT output STREQUAL "ARM member of CSTO on 2024-02-10: unknown (C++${std})\n")
        message(FATAL_ERROR "${program} printed an unexpected answer:\n${output}")
    endif()
    message(STATUS "${program}: ${output}")
endforeach()
