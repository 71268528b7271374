# Runs the `alliance` program the way a user or a script does and checks what it
# prints. cmake -DMODE=... -DPROGRAM=path/to/alliance ... -P run_case.cmake
#
#   MODE=answer    CASES, CASE, EXPECTED_DIR: runs the case's arguments; stdout must
#                  equal EXPECTED_DIR/CASE.txt byte for byte, stderr be empty, exit 0.
#                  With the environment variable ALLIANCE_UPDATE_EXPECTED=1 the
#                  expected file is rewritten instead (review the diff before keeping it).
#   MODE=error     CASES, CASE: exit status 2, nothing on stdout, exactly one line on
#                  stderr, matching the case's regular expression.
#   MODE=help      ARGS: exit 0, usage on stdout, nothing on stderr.
#   MODE=roundtrip WORK_DIR: export --as csv, read it back with --data, export again:
#                  identical bytes; and the file answers every answer case as the
#                  embedded data does.
#   MODE=install   BUILD_DIR, WORK_DIR, CASES, EXPECTED_DIR: installs the project to a
#                  staging prefix and runs every answer case with its bin/alliance.
#   MODE=demo      DEMO, WORK_DIR, CASES, EXPECTED_DIR: runs examples/demo.sh (the
#                  README's demo) with PROGRAM; exit 0, nothing on stderr, and each
#                  answer it prints for a date in answers.txt is the expected one.
#
# Case files: one case per line, "NAME: ARGS" (answers.txt) or
# "NAME | REGEX | ARGS" (errors.txt); ARGS are split like a shell does
# ("Kyrgyz Republic" in quotes is one argument); '#' starts a comment line.
cmake_minimum_required(VERSION 3.23)

function(fail)
    string(JOIN "" message ${ARGN})
    message(FATAL_ERROR "${message}")
endfunction()

# The arguments of case CASE in file CASES, in ARGS_OUT; the regex (error cases) in REGEX_OUT.
function(read_case cases case args_out regex_out)
    file(STRINGS "${cases}" lines ENCODING UTF-8)
    foreach(line IN LISTS lines)
        if(line MATCHES "^${case} *\\| *(.*[^ ]) *\\| *(.*)$")
            separate_arguments(args UNIX_COMMAND "${CMAKE_MATCH_2}")
            set(${args_out} "${args}" PARENT_SCOPE)
            set(${regex_out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
            return()
        elseif(line MATCHES "^${case}: *(.*)$")
            separate_arguments(args UNIX_COMMAND "${CMAKE_MATCH_1}")
            set(${args_out} "${args}" PARENT_SCOPE)
            set(${regex_out} "" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    fail("no case '${case}' in ${cases}")
endfunction()

# Every answer case's name, in file order.
function(case_names cases names_out)
    file(STRINGS "${cases}" lines ENCODING UTF-8)
    set(names "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^([A-Za-z0-9_.-]+):")
            list(APPEND names "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    set(${names_out} "${names}" PARENT_SCOPE)
endfunction()

function(run_program program)
    string(JOIN " " command_line ${ARGN})
    set(command_line "${command_line}" PARENT_SCOPE)  # for messages
    execute_process(COMMAND "${program}" ${ARGN}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(rc "${rc}" PARENT_SCOPE)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

# Checks on the last run_program(): its exit status, and a stream ("out" or "err") left empty.
macro(expect_exit code)
    if(NOT rc EQUAL ${code})
        fail("alliance ${command_line}: exit status '${rc}', expected ${code}; stderr: ${err}")
    endif()
endmacro()
macro(expect_empty stream)
    if(NOT "${${stream}}" STREQUAL "")
        fail("alliance ${command_line}: expected nothing on std${stream}, got: ${${stream}}")
    endif()
endmacro()

# Runs an answer case with `program` and compares with the expected file.
function(check_answer program case)
    read_case("${CASES}" "${case}" args regex)
    run_program("${program}" ${args})
    set(expected_file "${EXPECTED_DIR}/${case}.txt")
    expect_exit(0)
    expect_empty(err)
    if("$ENV{ALLIANCE_UPDATE_EXPECTED}" STREQUAL "1")
        file(WRITE "${expected_file}" "${out}")
        message(STATUS "wrote ${expected_file}")
        return()
    endif()
    if(NOT EXISTS "${expected_file}")
        fail("no expected output ${expected_file} for: alliance ${command_line}")
    endif()
    file(READ "${expected_file}" expected)
    if(NOT out STREQUAL expected)
        fail("alliance ${command_line}: the output differs from ${expected_file}\n--- expected\n${expected}--- got\n${out}")
    endif()
    message(STATUS "alliance ${command_line}: as expected")
endfunction()

if(MODE STREQUAL "answer")
    check_answer("${PROGRAM}" "${CASE}")

elseif(MODE STREQUAL "error")
    read_case("${CASES}" "${CASE}" args regex)
    run_program("${PROGRAM}" ${args})
    expect_exit(2)
    expect_empty(out)
    if(NOT err MATCHES "^[^\n]+\n$")
        fail("alliance ${command_line}: expected exactly one line on stderr, got: '${err}'")
    endif()
    if(NOT err MATCHES "${regex}")
        fail("alliance ${command_line}: stderr does not match '${regex}': ${err}")
    endif()
    message(STATUS "alliance ${command_line}: exit 2, ${err}")

elseif(MODE STREQUAL "help")
    separate_arguments(args UNIX_COMMAND "${ARGS}")
    run_program("${PROGRAM}" ${args})
    expect_exit(0)
    expect_empty(err)
    if(NOT out MATCHES "Usage: alliance")
        fail("alliance ${command_line}: no usage on stdout: ${out}")
    endif()

elseif(MODE STREQUAL "roundtrip")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    run_program("${PROGRAM}" export --as csv)
    expect_exit(0)
    set(first "${out}")
    file(WRITE "${WORK_DIR}/export.csv" "${first}")
    run_program("${PROGRAM}" --data "${WORK_DIR}/export.csv" export --as csv)
    expect_exit(0)
    if(NOT out STREQUAL first)
        file(WRITE "${WORK_DIR}/export-again.csv" "${out}")
        fail("export -> --data -> export is not byte-identical: compare ${WORK_DIR}/export.csv and export-again.csv")
    endif()
    # The exported file answers every question as the embedded data does
    # (explain, chart and cite name their source, so they differ by design).
    case_names("${CASES}" names)
    foreach(case IN LISTS names)
        read_case("${CASES}" "${case}" args regex)
        list(GET args 0 command)
        if(command MATCHES "^(explain|chart|export|cite|--help)$")
            continue()
        endif()
        run_program("${PROGRAM}" ${args})
        set(embedded "${out}")
        run_program("${PROGRAM}" --data "${WORK_DIR}/export.csv" ${args})
        expect_exit(0)
        if(NOT out STREQUAL embedded)
            fail("alliance --data export.csv ${command_line}: answers differently from the embedded data:\n${out}${err}")
        endif()
    endforeach()
    message(STATUS "export -> --data -> export: ${WORK_DIR}/export.csv, byte-identical; same answers")

elseif(MODE STREQUAL "install")
    set(stage "${WORK_DIR}/stage")
    file(REMOVE_RECURSE "${stage}")
    execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${stage}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        fail("cmake --install ${BUILD_DIR} --prefix ${stage}: ${rc}\n${out}${err}")
    endif()
    set(installed "${stage}/bin/alliance")
    if(NOT EXISTS "${installed}")
        fail("cmake --install did not install bin/alliance")
    endif()
    case_names("${CASES}" names)
    foreach(case IN LISTS names)
        check_answer("${installed}" "${case}")
    endforeach()
    message(STATUS "the installed ${installed} gives every expected answer")

elseif(MODE STREQUAL "demo")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(ENV{TMPDIR} "${WORK_DIR}")
    set(command_line "(demo) ${DEMO}")
    execute_process(COMMAND bash "${DEMO}" "${PROGRAM}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    expect_exit(0)
    expect_empty(err)
    if(NOT EXISTS "${WORK_DIR}/csto-chart.svg")
        fail("the demo wrote no chart to ${WORK_DIR}/csto-chart.svg")
    endif()
    # Every demo question that is also an answer case must print that case's expected answer.
    set(matched 0)
    case_names("${CASES}" names)
    foreach(case IN LISTS names)
        read_case("${CASES}" "${case}" args regex)
        string(JOIN " " asked ${args})
        string(FIND "${out}" "$ alliance ${asked}\n" at)
        if(at EQUAL -1)
            continue()
        endif()
        file(READ "${EXPECTED_DIR}/${case}.txt" expected)
        string(FIND "${out}" "$ alliance ${asked}\n${expected}" found)
        if(found EQUAL -1)
            fail("the demo's answer to 'alliance ${asked}' is not ${EXPECTED_DIR}/${case}.txt:\n${out}")
        endif()
        math(EXPR matched "${matched} + 1")
    endforeach()
    if(matched LESS 5)
        fail("the demo asked only ${matched} of the answer cases' questions:\n${out}")
    endif()
    message(STATUS "the demo ran; ${matched} of its answers are the expected ones")

else()
    fail("unknown MODE '${MODE}'")
endif()
